# A cycle whose __del__ resurrects it: collect returns 0, then the next
# collection after dropping the saved reference frees it without __del__.
import gc
gc.disable()
gc.collect()
saved = []
class R:
    def __del__(self):
        print("__del__")
        saved.append(self)
r = R()
r.me = r
del r
print("first collect", gc.collect())
print("finalized", gc.is_finalized(saved[0]))
saved.clear()
print("second collect", gc.collect())
