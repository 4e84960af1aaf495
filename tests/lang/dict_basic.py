# Creating dicts, getting and setting items, len, in.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "c" in d, "z" in d)
e = dict(x=1, y=2)
f = dict([("p", 1), ("q", 2)])
g = dict(d)
h = dict({"k": "v"}, extra=True)
print(e, f, g == d, g is d, h)
print({}, dict(), {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"})
