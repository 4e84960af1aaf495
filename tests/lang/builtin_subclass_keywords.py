# Constructors of built-in types refuse keyword arguments, naming the built-in
# type, unless a class over it defines the other half (__init__ or __new__).
import itertools
for base in (list, tuple, set, frozenset, map, filter, itertools.chain, itertools.cycle, itertools.islice, itertools.starmap, itertools.dropwhile):
    class subclass(base):
        pass
    try:
        subclass(sequence=())
        print(base.__name__, "no error")
    except TypeError as e:
        print(base.__name__, e)
    class subclass_with_init(base):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        u = subclass_with_init(*({list: ([1],), tuple: ([1],), set: ([1],), frozenset: ([1],), map: (str, [1]), filter: (None, [1]), itertools.chain: ([1],), itertools.cycle: ([1],), itertools.islice: ([1], 1), itertools.starmap: (str, [()]), itertools.dropwhile: (bool, [1])}[base]), newarg=3)
        print(" init ok", u.newarg)
    except TypeError as e:
        print(" init", e)
class L(list):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
print(L([1, 2], x=1))
class S(set):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
print(sorted(S([1, 2])))
try:
    S([1, 2], x=1)
except TypeError as e:
    print("TypeError", e)
