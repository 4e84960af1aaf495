# collect(generation) accepts 0, 1 and 2 and rejects everything else.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it counts what each explicit collection finds)
import gc
gc.disable()
gc.collect()
for g in [0, 1, 2]:
    l = []
    l.append(l)
    del l
    print("generation", g, "found", gc.collect(g))
for g in [3, -1, 100]:
    try:
        gc.collect(g)
    except ValueError as e:
        print(g, "ValueError:", e)
print(gc.collect(generation=2))
