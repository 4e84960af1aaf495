# Collector pauses: builds 1,000,000 tracked objects (lists) while timing
# every automatic collection through gc.callbacks, then times one full
# collection of them all.  Runs unchanged under tally and CPython; prints
# one line of numbers (seconds).  scripts/gc-bench compares the two.
import gc
import time

N = 1000000
pauses = {0: [], 1: [], 2: []}
started = [0.0, 0]

def on_gc(phase, info):
    if phase == "start":
        started[0] = time.perf_counter()
        started[1] = info["generation"]
    else:
        pauses[started[1]].append(time.perf_counter() - started[0])

gc.collect()
gc.callbacks.append(on_gc)
t0 = time.perf_counter()
keep = []
for i in range(N):
    keep.append([i])
build = time.perf_counter() - t0
gc.callbacks.remove(on_gc)
t0 = time.perf_counter()
found = gc.collect()
full = time.perf_counter() - t0
young = pauses[0]
print("objects %d build %.4f gen0 %d max_gen0_pause %.6f gen1 %d gen2 %d full_collect %.4f found %d"
      % (len(keep), build, len(young), max(young) if young else 0.0, len(pauses[1]),
         len(pauses[2]), full, found))
