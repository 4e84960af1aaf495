# get_stats: three dicts that count collections and what was collected.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it counts collections in gc.get_stats())
import gc
gc.disable()
gc.collect()
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
before = [s["collections"] for s in gc.get_stats()]
base = gc.get_stats()[2]["collected"]
l = []
l.append(l)
del l
gc.collect()
after = gc.get_stats()
print("gen-2 collections +", after[2]["collections"] - before[2])
print("collected +", after[2]["collected"] - base)
print("uncollectable", after[2]["uncollectable"])
gc.collect(0)
print("gen-0 collections +", gc.get_stats()[0]["collections"] - before[0])
