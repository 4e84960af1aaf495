# A finalizer may resurrect its object; __del__ is not called a second time.
import gc
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ called")
        saved.append(self)
p = Phoenix()
del p
print("resurrected", len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("dropped again without a second __del__")
