# dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest, islice.
from itertools import (dropwhile, takewhile, filterfalse, starmap, pairwise,
                       zip_longest, islice, count)

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(dropwhile(lambda x: False, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
tw = takewhile(lambda x: x < 3, count())
print(list(tw), list(tw))
src = iter([1, 2, 10, 3])
print(list(takewhile(lambda x: x < 5, src)), list(src))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, [[1, 2], "ab", ()])))
print(list(starmap(divmod, zip(range(5, 10), [3] * 5))))

print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
pw = pairwise(iter([1, 2, 3]))
print(next(pw), next(pw), next(pw, "end"), next(pw, "end"))

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", [1, 2, 3])), list(zip_longest()))
print(list(zip_longest([1], [], [2, 3, 4], fillvalue=0)))

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", None)), list(islice("ABC", None, None, None)))
print(list(islice(range(100), 10, 50, 13)), list(islice("AB", 5, 9)))
print(list(islice(count(), 3, 8, 2)), list(islice([], 0)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
class Idx:
    def __index__(self):
        return 2
print(list(islice("abcdef", Idx(), None, Idx())))
for t in (dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest, islice):
    print(t.__name__, t.__module__)
