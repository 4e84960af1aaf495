# _contextvars under CPython's contextvars module: ContextVar get/set/reset,
# Tokens, Context.run and copies, the mapping protocol, and the errors.
import contextvars as cv

v = cv.ContextVar('v')
w = cv.ContextVar('w', default=None)
print(v.name, w.name, repr(v.get(9)), w.get(), v.get('dflt'))
try:
    v.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0].name)

c0 = cv.copy_context()
t1 = v.set(1)
print(t1.var is v, t1.old_value is cv.Token.MISSING, cv.Token.MISSING, v.get())
t2 = v.set(2)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name=\'v\''), str(e).endswith('has already been used once'))
try:
    w.reset(v.set(3))
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
t4 = v.set(4)
try:
    cv.Context().run(v.reset, t4)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
try:
    v.reset(1)
except TypeError as e:
    print(e)

# contexts are copies: run() sees its own values
c1 = cv.copy_context()
print(len(c0), len(c1), v in c0, v in c1, c1[v], c1.get(w, 'none'), c1.get(v))
def job(x):
    v.set(x)
    w.set(x * 10)
    return v.get(), w.get(), cv.copy_context()[v]
print(c1.run(job, 7), c1[v], c1[w], v.get(), w.get(), len(c1))
print(c1.run(job, x=8), c1[v])
print(c0.run(v.get, 'unset in c0'), c0.get(v))
c2 = c1.copy()
c2.run(v.set, 100)
print(c1[v], c2[v], c1 == c2, c1 == c1.copy(), c1 != c2, c1 == 1)
print(sorted((k.name, val) for k, val in c1.items()), sorted(k.name for k in c1), sorted(map(str, c1.values())))
try:
    c1[1]
except TypeError as e:
    print(e)
try:
    1 in c1
except TypeError as e:
    print(e)
try:
    cv.Context()[v]
except KeyError as e:
    print('KeyError', e.args[0] is v)
try:
    c1.run(c1.run, job, 1)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object at'))
def nested():
    return cv.copy_context().run(lambda: v.set(55) and v.get())
print(c1.run(nested), c1[v])
def fails():
    v.set('inside')
    raise KeyError('x')
try:
    c2.run(fails)
except KeyError:
    print('after failure', c2[v], v.get())
try:
    hash(c1)
except TypeError as e:
    print(e)
try:
    cv.Context(1)
except TypeError as e:
    print(e)
try:
    cv.ContextVar(1)
except TypeError as e:
    print(e)
try:
    cv.ContextVar('a', 1)
except TypeError as e:
    print(e)
try:
    cv.Token()
except RuntimeError as e:
    print(e)
try:
    v.set(1, 2)
except TypeError as e:
    print(e)
try:
    class X(cv.ContextVar):
        pass
except TypeError as e:
    print(e)
try:
    c1.run()
except TypeError as e:
    print(e)
print(cv.ContextVar[int], cv.Token[str], hash(v) == hash(v), type(c1).__name__, type(t1).__name__)
print(repr(w).startswith("<ContextVar name='w' default=None at 0x"), repr(v).startswith("<ContextVar name='v' at 0x"))
print(repr(t1).startswith("<Token var=<ContextVar name='v' at 0x"))
