# Slices of lists are new lists; slice assignment resizes in place.
a = list(range(10))
b = a[2:5]
b[0] = 99
print(a[2], b)
a[2:5] = [7]
print(a, len(a))
a[-2:] = ["y", "z", "w"]
print(a)
a[::3] = [0] * len(a[::3])
print(a)
del a[:]
print(a)
