# groupby: groups share the source; advancing the outer iterator ends the
# previous group.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 8], key=lambda x: x // 3)])
print([(k, "".join(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"],
                                            key=lambda s: s[0])])
print(list(groupby([])))

groups = []
for key, grp in groupby("aabbbc"):
    groups.append(grp)
print([list(g) for g in groups])

outer = groupby("xxyyz")
k1, g1 = next(outer)
print(k1, next(g1))
k2, g2 = next(outer)
print(k2, list(g1), list(g2))
k3, g3 = next(outer)
print(k3, list(g2), list(g3), next(outer, "done"))

outer = groupby([1, 1, 2, 2, 2, 3])
k, g = next(outer)
print(k, list(g), list(g))
k, g = next(outer)
print(k, next(g))
k, g = next(outer)
print(k, list(g))

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
print([(k.v, list(g)) for k, g in groupby([1, 1, 2], key=Key)])
print(type(g).__name__, iter(g) is g, type(outer).__name__)

def bad_key(x):
    if x == 3:
        raise ValueError("no threes")
    return x
try:
    print([(k, list(g)) for k, g in groupby([1, 2, 3], key=bad_key)])
except ValueError as e:
    print(type(e).__name__, e)
