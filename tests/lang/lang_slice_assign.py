# Slice assignment and deletion, including extended slices.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 200]
print(a)
a[1:3] = []
print(a)
b = list(range(6))
b[::2] = ["a", "b", "c"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[::3]
print(c)
c[1:2] = "pq"
print(c)
d = [1, 2, 3]
d[:] = d[::-1]
print(d)
