# Insertion order is kept; updating a key keeps its place; delete+insert moves it.
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d.items()))
del d["delta"]
d["delta"] = 9
print(d)
d.pop("alpha")
d["alpha"] = 1
print(list(d))
print(list({3: "c", 1: "a", 2: "b"}))
