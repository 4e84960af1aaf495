# freeze moves everything to the permanent generation; unfreeze moves it back.
import gc
gc.disable()
gc.collect()
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
l = []
l.append(l)
del l
print("frozen objects are not scanned; the new cycle is", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
