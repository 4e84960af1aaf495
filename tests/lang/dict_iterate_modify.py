# Iterating over a copy of the keys allows deleting while looping.
d = {k: k * k for k in range(8)}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
for k, v in list(d.items()):
    d[k + 100] = v
print(d)
