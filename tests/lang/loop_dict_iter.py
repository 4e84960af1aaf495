# Iterating dicts: keys, values, items, in insertion order.
d = {"z": 26, "a": 1, "m": 13}
for k in d:
    print(k, d[k])
for v in d.values():
    print(v)
for k, v in d.items():
    print(k + "=" + str(v))
d["b"] = 2
print(list(d))
del d["z"]
d["z"] = 0
print(list(d.keys()))
