# fib: recursive calls of a small function (call overhead, small ints).
N = 27


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


total = 0
for k in range(3):
    total += fib(N - k)
print("fib checksum", total, tak(18, 12, 6))
