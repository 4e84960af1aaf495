# gc.callbacks are called with "start" and "stop" and an info dict.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it logs every collection through gc.callbacks)
import gc
gc.disable()
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for entry in log:
    print(entry)
print(sorted(gc.get_stats()[0]), type(gc.callbacks).__name__, len(gc.callbacks))
