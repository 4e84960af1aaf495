# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# census() counts live objects by type, most numerous first.
import tally

class Leaf:
    pass

before = tally.census().get(Leaf, 0)
leaves = [Leaf() for i in range(250)]
after = tally.census()
print(before, after[Leaf])
counts = list(after.values())
print(counts == sorted(counts, reverse=True))
del leaves[:100]
print(tally.census()[Leaf])
del leaves
print(tally.census().get(Leaf, 0))
try:
    tally.census(1)
except TypeError as exc:
    print(exc)
