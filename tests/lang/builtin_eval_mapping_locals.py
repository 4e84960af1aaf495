# eval/exec with a mapping that is not a dict as locals (CPython test_builtin.test_general_eval):
# names, dir(), locals() and comprehensions go through the mapping; the argument checks.
import collections
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = globals()
print(eval('a', g, m))
try: eval('b', g, m)
except NameError as e: print('NameError', e)
print(eval('dir()', g, m))
print(eval('globals()', g, m) is g)
print(eval('locals()', g, m) is m)
try: eval('a', m)
except TypeError as e: print('TypeError', e)
class A: pass
try: eval('a', g, A())
except TypeError as e: print('TypeError', e)
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
print(eval('a', g, d))
print(eval('dir()', g, d))
print(len(eval('[locals() for i in (2,3)]', g, d)))
print(len(eval('[locals() for i in (2,3)]', g, collections.UserDict())))

for args in [('a', [1]), ('a', {}, 5), ('a', None, 5)]:
  for f in (eval, exec):
    try: f(*args)
    except Exception as e: print(f.__name__, type(e).__name__, e)
import sys; print(repr(sys.abiflags), sys.platlibdir)
