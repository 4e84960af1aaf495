# The info dict passed to callbacks has exactly three keys.
import gc
gc.disable()
keys = []
def cb(phase, info):
    keys.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.clear()
print(keys)
