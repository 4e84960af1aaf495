# Objects reachable from outside a cycle survive a collection, cycle included.
import gc
gc.disable()
gc.collect()
a = []
a.append(a)
keep = [a]
del a
print("reachable cycle", gc.collect())
print(len(keep[0]), keep[0][0] is keep[0])
keep.clear()
print("now unreachable", gc.collect())
