# Each new list adds one to generation 0's count; a collection resets it.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it reads gc.get_count() after allocations)
import gc
gc.disable()
gc.collect()
print("after collect", gc.get_count())
holder = []
before = gc.get_count()[0]
for i in range(100):
    holder.append([])
print("100 lists", gc.get_count()[0] - before)
before = gc.get_count()[0]
dicts = []
for i in range(50):
    dicts.append({})
print("50 dicts and their list", gc.get_count()[0] - before)
gc.collect()
print("after collect", gc.get_count())
