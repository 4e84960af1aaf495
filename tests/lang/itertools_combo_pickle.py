# product, permutations, combinations and combinations_with_replacement
# pickle and copy at any point with CPython's reduce shapes; a tee can be
# weakly referenced.
import copy
import itertools as it
import pickle

def check(make):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for skip in range(0, 8):
            x = make()
            got = [next(x, None) for _ in range(skip)]
            y = pickle.loads(pickle.dumps(x, proto))
            z = copy.deepcopy(x)
            rest = list(x)
            assert list(y) == rest and list(z) == rest, (make, skip, proto)
    x = make()
    print(x.__reduce__()[1:], end=" ")
    next(x, None)
    print(x.__reduce__()[1:])

check(lambda: it.product("ab", range(3)))
check(lambda: it.product("ab", repeat=2))
check(lambda: it.product("ab", ""))
check(lambda: it.product())
check(lambda: it.permutations("abcd", 2))
check(lambda: it.permutations(range(3)))
check(lambda: it.permutations("ab", 3))
check(lambda: it.combinations("abcde", 3))
check(lambda: it.combinations("ab", 3))
check(lambda: it.combinations_with_replacement("abc", 2))
check(lambda: it.combinations_with_replacement("", 2))
p = it.product("ab", range(3))
p.__setstate__((5, -3))
print(list(p))
c = it.combinations("abcde", 3)
c.__setstate__((9, 9, 9))
print(list(c))
q = it.permutations("abc")
q.__setstate__(((2, 1, 0), (9, 0, 9)))
print(list(q))
for bad in ((1,), "ab", ((1, 2), (1,))):
    try:
        it.permutations("ab").__setstate__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = it.combinations("abc", 2)
list(x)
print(x.__reduce__()[1:], list(pickle.loads(pickle.dumps(x))))

import weakref
a, b = it.tee(range(3))
r = weakref.ref(a)
print(r() is a, list(a), list(b))
del a
print(r())

# __setstate__ clamps indices to the pools; an empty pool ends a product.
p = it.product((1, 2), (), (3,)); p.__setstate__((0, 0, 0x1000)); print(list(p))
p = it.product((1, 2), (3,)); p.__setstate__((0, 0x1000)); print(next(p))
c = it.combinations_with_replacement('', 0); c.__setstate__(()); print(list(c))
c = it.combinations('ab', 3); c.__setstate__((5, 5, 5)); print(list(c))
c = it.permutations('', 0); c.__setstate__(((), ())); print(list(c))
