# Threshold 0 disables automatic collection even while enabled.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it counts automatic collections)
import gc
gc.collect()
gc.set_threshold(0)
runs = []
def cb(phase, info):
    runs.append(phase)
gc.callbacks.append(cb)
keep = [[] for i in range(3000)]
print("automatic runs", len(runs), gc.isenabled())
gc.collect()
print("explicit run", runs)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
