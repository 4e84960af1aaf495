# A dict growing past many resizes keeps every key and its order.
d = {}
for i in range(2000):
    d[str(i)] = i
print(len(d), d["0"], d["1999"], list(d)[:5], list(d)[-3:])
for i in range(0, 2000, 2):
    del d[str(i)]
print(len(d), list(d)[:5])
total = 0
for v in d.values():
    total += v
print(total)
