# Five separate self-referencing lists: one collection finds all five.
import gc
gc.disable()
gc.collect()
def make():
    l = []
    l.append(l)
for i in range(5):
    make()
print("unreachable found", gc.collect())
print("nothing left", gc.collect())
