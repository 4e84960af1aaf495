# Dict comprehensions: ordering, overwriting keys, conditions.
print({x: x * x for x in range(5)})
print({w: len(w) for w in ["apple", "fig", "banana"]})
print({k % 3: k for k in range(10)})
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v != 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
