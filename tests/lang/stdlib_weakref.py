# CPython's weakref.py and _weakrefset.py over tally's _weakref: the weak
# containers are CPython's own classes (their names, messages, iterators).
import weakref, gc, sys
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O({self.n})"
    def m(self): return self.n
a, b = O(1), O(2)
d = weakref.WeakValueDictionary(x=a, y=b)
print(type(d).__name__, type(d).__module__, sorted(d.keys()), len(d))
del a
print(sorted(d.keys()), d.get('x'), 'y' in d)
try: d['x']
except KeyError as e: print('KeyError', e)
print(type(iter(d)).__name__, type(d.items()).__name__)
k = weakref.WeakKeyDictionary({b: 'bee'})
print(type(k).__name__, list(k.values()), b in k)
s = weakref.WeakSet([b])
print(type(s).__name__, len(s), b in s, repr(weakref.WeakSet()).startswith('<_weakrefset.WeakSet'))
try: weakref.WeakSet([1])
except TypeError as e: print(e)
try: weakref.WeakValueDictionary().pop('zz')
except KeyError as e: print('KeyError', e)
try: weakref.WeakKeyDictionary().popitem()
except KeyError as e: print('KeyError', e)
wm = weakref.WeakMethod(b.m)
print(wm()(), type(wm).__name__, type(wm).__mro__[1].__name__)
kr = weakref.KeyedRef(b, None, 'key')
print(kr.key, kr() is b, type(kr).__name__)
f = weakref.finalize(b, print, 'finalized', 2)
print(f.alive, f.atexit, f.peek()[1:])
del b
gc.collect()
print(f.alive, d.get('y'), len(k), len(s))
c = O(3)
f2 = weakref.finalize(c, print, 'at exit', 3)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
print(weakref.WeakValueDictionary[str, int], weakref.WeakSet[int])
print(sorted(weakref.__all__))
