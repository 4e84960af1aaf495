# A disabled collector never runs on its own, however much is allocated.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it counts collections while the collector is disabled)
import gc
gc.collect()
gc.disable()
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase))
keep = [[] for i in range(5000)]
print("runs while disabled", len(runs))
gc.callbacks.clear()
