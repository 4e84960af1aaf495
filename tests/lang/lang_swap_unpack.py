# Tuple unpacking: swaps, rotations, nested targets, unpacking in for.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
x, y, z = y, z, x
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, (n, o)] = [10, [20, 30]]
print(m, n, o)
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
for i, (lo, hi) in enumerate([(0, 1), (5, 9)]):
    print(i, lo, hi)
first, second = [[1], [2]]
print(first, second)
a, b = b, a = 7, 8
print(a, b)
