# Nested unpacking targets inside for loops and comprehensions.
data = [("a", (1, 2)), ("b", (3, 4))]
for name, (lo, hi) in data:
    print(name, lo + hi)
print([lo * hi for _, (lo, hi) in data])
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
d = {"x": [1, 2], "y": [3, 4]}
for k, (p, q) in d.items():
    print(k, p, q)
