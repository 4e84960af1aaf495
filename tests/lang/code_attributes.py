# Code objects' co_* attributes, co_lines() and co_positions(), replace(),
# equality and hashing.
def f(a, b, /, c, *args, d=1, **kw):
    x = a + b
    def g():
        return x
    return g
co = f.__code__
for name in ('co_name', 'co_qualname', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
             'co_nlocals', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_firstlineno', 'co_names'):
    print(name, getattr(co, name))
print(co.co_filename.endswith('code1.py'), bin(co.co_flags))
print(f(1,2,3).__code__.co_freevars, bin(f(1,2,3).__code__.co_flags))
print([c for c in co.co_consts if not hasattr(c, 'co_name')])
lines = list(co.co_lines())
print(all(len(t) == 3 for t in lines), sorted({t[2] for t in lines if t[2] is not None}))
co2 = co.replace(co_name='renamed')
print(co2.co_name, co2.co_qualname, co2 is co, co2 == co)
print(co.replace() == co, hash(co.replace()) == hash(co))
try:
    co.replace(co_bogus=1)
except TypeError as e:
    print(e)
try:
    co.replace(1)
except TypeError as e:
    print(e)
print(type(co).__name__, type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
def gen(): yield
print(bin(gen.__code__.co_flags), bin((lambda: 0).__code__.co_flags), (lambda: 0).__code__.co_name)
print(repr(co).startswith('<code object f at 0x'), repr(co).endswith('line 1>'))
pos = list(co.co_positions())
print(all(len(p) == 4 for p in pos))
import sys
print(sys._getframe().f_code.co_name, sys._getframe().f_code.co_flags)
