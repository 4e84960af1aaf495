# get, setdefault, pop, popitem, update, clear, copy, fromkeys.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("b", []), d.setdefault("a", 99), d)
d["b"].append(5)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"x": 1, "y": 2})
d.update([("z", 3)])
d.update(w=4)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
d.clear()
print(d, c)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
