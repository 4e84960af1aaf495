# exec() with __builtins__ of any class: an exact dict is read as a dict,
# anything else through __getitem__ (NameError for KeyError), as CPython's
# LOAD_NAME, LOAD_GLOBAL and LOAD_BUILD_CLASS read it; specialised sites
# then run with other builtins.
import types
code = compile("print('Hello World!')", "", "exec")
for b in [{}, 123, None, types.SimpleNamespace()]:
    try:
        exec(code, {'__builtins__': b})
    except Exception as e:
        print(type(e).__name__, e)
class frozendict_error(Exception): pass
class frozendict(dict):
    def __setitem__(self, k, v): raise frozendict_error("frozendict is readonly")
fb = frozendict(__builtins__.__dict__)
try:
    exec(compile("__builtins__['superglobal']=2; print(superglobal)", "test", "exec"), {'__builtins__': fb})
except frozendict_error as e:
    print('frozen', e)
cls = compile("class A: pass\nprint(A.__name__)", "", "exec")
for b in [{}, fb, frozendict()]:
    try:
        exec(cls, {'__builtins__': b})
    except NameError as e:
        print('NameError', e)
class setonlyerror(Exception): pass
class setonlydict(dict):
    def __getitem__(self, key): raise setonlyerror
for src, ns in [("globalname", setonlydict({'globalname': 1})), ("superglobal", {'__builtins__': setonlydict({'superglobal': 1})})]:
    try:
        exec(compile(src, "test", "exec"), ns)
        print('no error')
    except setonlyerror:
        print('setonlyerror')
class Missing(dict):
    def __missing__(self, k): return 'missing ' + k
fcode = compile("def f():\n    return len, zzz\nr = f()", "m", "exec")
ns = {'__builtins__': Missing(len=len)}
try:
    exec(fcode, ns); print(ns['r'])
except Exception as e:
    print(type(e).__name__, e)
g = Missing(__builtins__=__builtins__)
exec(compile("def h():\n    return qqq\n", "m", "exec"), g)
try:
    print(g['h']())
except Exception as e:
    print(type(e).__name__, e)
# a specialised builtin site then run with non-dict builtins
site = compile("def k():\n    return len('ab')\n", "s", "exec")
ns1 = {}
exec(site, ns1)
for i in range(20): ns1['k']()
ns1['k'].__globals__['__builtins__'] = 5
print(ns1['k']())
def call_with(fn, b):
    f2 = types.FunctionType(fn.__code__, {'__builtins__': b})
    try:
        return f2()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(call_with(ns1['k'], {'len': lambda s: 99}), call_with(ns1['k'], 7))
