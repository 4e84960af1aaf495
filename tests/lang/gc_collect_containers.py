# Cycles through dicts and tuples are found too.
import gc
gc.disable()
gc.collect()
d = {}
d["self"] = d
del d
print("self-referencing dict", gc.collect())
a = []
b = {"a": a}
a.append(b)
del a, b
print("list <-> dict", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple <-> list", gc.collect())
outer = [[[]]]
outer[0][0].append(outer)
del outer
print("three nested lists", gc.collect())
