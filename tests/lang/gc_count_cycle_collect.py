# tally-gc-stress: skip (the result depends on when automatic collections run)
# A loop of 1,000 self-referencing instances of a fresh class: the final
# gc.collect() finds only those made since the last automatic collection,
# so its result shows whether generation 0 was counted as CPython counts it.
import gc
gc.collect()
class Node:
    pass
for i in range(1000):
    n = Node()
    n.me = n
del n
print(gc.collect())

class Pair:
    def __init__(self, other):
        self.other = other
gc.collect()
for i in range(500):
    a = Pair(None)
    b = Pair(a)
    a.other = b
del a, b
print(gc.collect())
