# Sequence and mapping patterns accept instances of classes derived from
# collections.abc's Sequence and Mapping (their __abc_tpflags__, which CPython's
# C _abc turns into type flags) and memoryviews (registered as sequences at
# start-up); CPython's test_patma 184-186, 210 and TestInheritance.
import collections
import collections.abc

def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return None

def kind_map_first(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
    return None

class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3

class Map(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == "a":
            return 1
        raise KeyError(k)
    def __iter__(self):
        return iter(["a"])
    def __len__(self):
        return 1

class C:
    pass

class M1(collections.UserDict, collections.abc.Sequence):
    pass

class M2(C, collections.UserDict, collections.abc.Sequence):
    pass

class S1(collections.UserList, collections.abc.Mapping):
    pass

class S2(C, collections.UserList, collections.abc.Mapping):
    pass

for obj in (Seq(), Map(), M1(), M2(), S1(), S2(), collections.UserList([1]), collections.UserDict(a=1),
            collections.UserString("ab"), memoryview(b"abc"), collections.deque([1]),
            collections.OrderedDict(), C(), "str", b"bytes"):
    print(type(obj).__name__, kind(obj), kind_map_first(obj))

match Seq():
    case [a, *rest]:
        print("Seq", a, rest)
match Map():
    case {"a": v}:
        print("Map", v)
match memoryview(b"abc"):
    case [x, y, z]:
        print("memoryview", x, y, z)
print("__abc_tpflags__" in collections.abc.Sequence.__dict__, "__abc_tpflags__" in vars(collections.abc.Mapping))
print(bool(Seq.__flags__ & (1 << 5)), bool(Map.__flags__ & (1 << 6)), bool(memoryview.__flags__ & (1 << 5)))

import abc
try:
    class Both(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError", e)
class Plain:
    __abc_tpflags__ = 1 << 5
print(kind(Plain()), "__abc_tpflags__" in Plain.__dict__)
