# mappingproxy's | (either side unwrapped, |= refused), reversed() and
# __class_getitem__; SimpleNamespace subclasses (repr, ==, pickling).
import types
d = {'a': 1, 'b': 2, 'foo': 0, 'c': 3}
mp = types.MappingProxyType(d)
del d['foo']
print(list(reversed(mp)), mp | {'c': 9, 'z': 0}, {'c': 9, 'z': 0} | mp, mp | mp, type(mp | {}).__name__)
for bad in (lambda: mp | [('r', 2)], lambda: [('r', 2)] | mp):
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    mp |= {'x': 1}
except TypeError as e:
    print(e)
print(mp, sorted(set(dir(mp)) - set(dir(object()))))
import collections
print(types.MappingProxyType(collections.OrderedDict(x=1)) | {'y': 2})

import types, pickle, copy
class Spam(types.SimpleNamespace):
    def total(self):
        return self.ham + self.eggs
s = Spam(ham=8, eggs=9)
print(type(s).__name__, vars(s), s, s.total(), s == types.SimpleNamespace(ham=8, eggs=9))
s.me = s
print(repr(s))
del s.me
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t, copy.copy(s) == s)
class Slotted(types.SimpleNamespace):
    __slots__ = ('x',)
z = Slotted(a=1); z.x = 5; print(z, z.x)
print(types.SimpleNamespace(a=1))
