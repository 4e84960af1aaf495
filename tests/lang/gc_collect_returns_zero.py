# collect() with no garbage returns 0, every generation.
import gc
gc.disable()
gc.collect()
keep = [[1], {"a": [2]}, ([3],)]
print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect())
