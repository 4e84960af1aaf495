# DEBUG_SAVEALL keeps finalizable garbage in gc.garbage after __del__ ran.
import gc
gc.disable()
gc.collect()
class C:
    def __del__(self):
        print("__del__ ran")
gc.set_debug(gc.DEBUG_SAVEALL)
c = C()
c.me = c
del c
print(gc.collect(), len(gc.garbage) > 0)
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, C):
        o.me = None
gc.garbage.clear()
