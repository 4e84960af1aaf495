# With the default thresholds the first automatic collection runs at the
# 701st net allocation of a tracked object after a full collection.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it counts allocations up to the first automatic collection)
import gc
gc.collect()
seen = []
def cb(phase, info):
    if phase == "start" and not seen:
        seen.append((info["generation"], len(keep)))
keep = []
gc.callbacks.append(cb)
for i in range(1000):
    keep.append([])
gc.callbacks.remove(cb)
print(seen)
