# Arithmetic on temporaries: a result may reuse an operand only the operand
# stack refers to; results in the cached small-int range stay the cached
# objects, variables and container items are never overwritten, and counts
# stay CPython's.
import sys

x = 300
small = [255, -5, 256]
print((x - 45) is small[0], (x + x - 605) is small[1], (x * x - 89744) is small[2])
big = x * x - 89743
print(big, sys.getrefcount(big))

a = 10 ** 3
b = a + 5
c = (a + b) - 3
print(a, b, c, sys.getrefcount(c))

items = [1.5, 2.5]
y = items[0] * 2.0 + items[1]
print(y, items, sys.getrefcount(items[0]), sys.getrefcount(y))

u = 1.0
v = u
u += 2.0
u = u * 3.0 - 1.0
print(u, v)


def scaled(p, q):
    return (p * q) + 1.0 - q / 2.0


r = scaled(2.0, 3.0)
print(r, sys.getrefcount(r))
print(scaled(4, 0.5), scaled(0.5, 4))

t = 2 ** 62
print(t + t - 1 + 1 - t, (t - 1) * 2 - t)


class F(float):
    pass


print(type(F(1.0) + 2.0).__name__, type(2.0 + F(1.0)).__name__)
print(1000 // 7 % 5 * 1000, -7 // 2, 7 % -3, (x * 7) // -3 % 1000)
