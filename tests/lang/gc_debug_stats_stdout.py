# DEBUG_STATS output goes to stderr; stdout shows only the return value.
import gc
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
l = []
l.append(l)
del l
n = gc.collect()
gc.set_debug(0)
print("collected", n)
