# type(name, bases, ns, **kw) picks the most derived metaclass of the bases
# (calling its own __new__), passes keywords to __init_subclass__, and
# types.MappingProxyType can be called
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
C = type('C', (Base,), {}, flag=1)
print(type(C).__name__, C.__mro__[1].__name__)
class P:
    def __init_subclass__(cls, **kw):
        print('P init_subclass', cls.__name__, kw)
D = type('D', (P,), {'x': 1}, a=2)
print(type(D).__name__, D.x)
class M2(type): pass
class Q(metaclass=M2): pass
try:
    type('E', (Q, Base), {})
except TypeError as e:
    print(e)
MappingProxyType = type(type.__dict__)
mp = MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), type(mp).__name__)
for bad in ([1], (1,), 5):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print(e)
try:
    mp['b'] = 2
except TypeError as e:
    print(e)
