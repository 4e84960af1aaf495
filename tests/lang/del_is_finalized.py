# gc.is_finalized is True only after __del__ ran during a collection.
import gc
gc.disable()
class F:
    def __del__(self):
        keep.append(self)
keep = []
f = F()
print(gc.is_finalized(f))
f.me = f
del f
gc.collect()
print(len(keep), gc.is_finalized(keep[0]))
keep[0].me = None
keep.clear()
