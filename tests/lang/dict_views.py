# keys(), values(), items() views: len, membership, live updates.
d = {"one": 1, "two": 2}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["three"] = 3
print(len(k), list(k), list(v), list(it))
print("one" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
print(sorted(d.values()), list(reversed(d.keys())))
