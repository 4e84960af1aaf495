# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# snapshot() keeps a census; diff() lists the types that grew, most first.
import tally

class Leaf:
    pass

class Twig:
    pass

before = tally.snapshot()
leaves = [Leaf() for i in range(250)]
twigs = [Twig() for i in range(40)]
after = tally.snapshot()
growth = after.diff(before)
mine = tally.SnapshotDiff([row for row in growth if row[0] in ('Leaf', 'Twig')])
print(mine)
print(list(mine))
print(growth.rows[0], growth.rows[1])
del twigs[:15]
print(tally.SnapshotDiff([row for row in tally.snapshot().diff(after) if row[0] == 'Twig']))
print(type(before).__name__, type(growth).__name__, tally.snapshot.__module__)
