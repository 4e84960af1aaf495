# scripts/fail-after makes every ninth allocation of this program fail
# (robust/allocation_failure_in_itertools_functools, tests/unit/test_robust.c):
# the itertools iterators and functools' reduce, partial, lru_cache and
# wraps, whose import also compiles and runs the Python part of functools.
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, starmap, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement, pairwise)
print(list(islice(count(1, 2), 3)), list(islice(cycle("ab"), 3)), list(repeat(0, 2)))
print(list(accumulate([1, 2, 3], initial=1)), list(chain("ab", [1])),
      list(chain.from_iterable(["x", "y"])))
print(list(compress("abc", [1, 0, 1])), list(dropwhile(lambda x: x < 2, range(4))),
      list(takewhile(lambda x: x < 2, range(4))), list(filterfalse(None, [0, 1])))
print([(k, list(g)) for k, g in groupby("aabc")], list(starmap(pow, [(2, 3)])))
a, b = tee(range(70))
print(sum(a), sum(b), list(zip_longest("ab", "c", fillvalue="-")))
print(list(product("ab", repeat=2)), list(permutations("abc", 2)))
print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)),
      list(pairwise("abc")))
from functools import reduce, partial, lru_cache, wraps
print(reduce(lambda x, y: x + y, range(5)), partial(pow, 2)(5), partial(partial(max, 1), 2)())

@lru_cache(maxsize=2)
def sq(x):
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq.cache_info())

def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def named(x):
    return x
print(named.__name__, named(1))
