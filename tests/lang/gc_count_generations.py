# Gen-0 collections count up in get_count()[1]; gen-1 ones in [2].
import gc
gc.disable()
gc.collect()
for i in range(3):
    gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(1)
gc.collect(0)
print(gc.get_count()[1:])
gc.collect()
print(gc.get_count())
