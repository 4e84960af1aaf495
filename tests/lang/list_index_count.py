# index (with start/stop) and count.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(1, 2), a.index(5, 5, 9), a.count(5), a.count(7))
print([[1], [1]].count([1]), [1, 1.0, True].count(1))
try:
    a.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(3, 1, 5)
except ValueError as e:
    print("ValueError:", e)
