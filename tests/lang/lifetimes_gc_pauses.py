# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# tally-gc-stress: skip (counts collections)
# gc_pauses() gives per generation the collections (as gc.get_stats()),
# the objects they examined, collected and found uncollectable, and the
# total and longest pause in seconds.
import gc, tally

class A:
    pass

before = tally.gc_pauses()
print(len(before), sorted(before[0]))
for g, (p, s) in enumerate(zip(before, gc.get_stats())):
    print(g, p['collections'] == s['collections'], p['collected'] == s['collected'],
          p['uncollectable'] == s['uncollectable'])
for i in range(100):
    a = A(); a.me = a
del a
gc.collect()
after = tally.gc_pauses()
full = after[2]
print(full['collections'] - before[2]['collections'])
print(full['collected'] - before[2]['collected'])
print(full['examined'] - before[2]['examined'] >= 200)
print(0 <= full['longest_pause'] <= full['total_pause'])
print(all(type(p['total_pause']) is float for p in after))
try:
    tally.gc_pauses(1)
except TypeError as exc:
    print(exc)
