# len and truthiness of lists.
a = []
print(len(a), bool(a))
a.append(None)
print(len(a), bool(a))
for n in range(4):
    print(n, len([0] * n))
