# Containers that contain themselves print with ... markers.
import gc
l = [1]
l.append(l)
print(l, repr(l))
d = {"a": 1}
d["self"] = d
print(d)
m = [d, l]
print(m)
nested = [[]]
nested[0].append(nested)
print(nested)
del l, d, m, nested
print(gc.collect() > 0)
