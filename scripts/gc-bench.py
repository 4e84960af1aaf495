# Collector pauses: builds 1,000,000 tracked objects (lists) while timing
# every automatic collection through gc.callbacks, then times one full
# collection of them all.  Runs unchanged under tally and CPython; prints
# one line of numbers (seconds).  scripts/gc-bench compares the two.
# Each pause is measured twice: wall time (perf_counter) and the process's
# CPU time (process_time), which a loaded machine's preemption does not
# lengthen.
import gc
import time

N = 1000000
pauses = {0: [], 1: [], 2: []}
cpu_pauses = {0: [], 1: [], 2: []}
started = [0.0, 0, 0.0]

def on_gc(phase, info):
    if phase == "start":
        started[0] = time.perf_counter()
        started[1] = info["generation"]
        started[2] = time.process_time()
    else:
        cpu_pauses[started[1]].append(time.process_time() - started[2])
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
c0 = time.process_time()
found = gc.collect()
full_cpu = time.process_time() - c0
full = time.perf_counter() - t0
young = pauses[0]
print("objects %d build %.4f gen0 %d max_gen0_pause %.6f gen1 %d gen2 %d full_collect %.4f found %d"
      " max_gen0_pause_cpu %.6f full_collect_cpu %.4f"
      % (len(keep), build, len(young), max(young) if young else 0.0, len(pauses[1]),
         len(pauses[2]), full, found, max(cpu_pauses[0]) if young else 0.0, full_cpu))
