# collections.deque: construction, both ends, maxlen, indexing, rotation,
# searching, operators, repr and iteration, as CPython 3.11 prints them.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d)
d[1] = "x"
del d[0]
del d[-1]
print(d, d.count("x"), d.index(2), d.index(3, 2, 5))
d.insert(0, "first")
d.insert(100, "last")
d.insert(-100, "front")
d.insert(3, "mid")
d.insert(-1, "penult")
print(d)
d.remove("mid")
d.reverse()
print(d, "x" in d, "nope" in d)
d.clear()
print(d, bool(d), bool(deque([0])))

# Rotation in both directions, by more than the length.
r = deque(range(10))
r.rotate()
print(r)
r.rotate(-3)
print(r)
r.rotate(23)
print(r)
r.rotate(-17)
print(r)
r.rotate(0)
print(r)

# maxlen: items fall off the other end.
m = deque(range(5), 3)
print(m, m.maxlen, deque().maxlen)
m.append(5)
print(m)
m.appendleft(-1)
print(m)
m.extend([6, 7])
print(m)
m.extendleft([10, 11])
print(m)
z = deque(maxlen=0)
z.append(1)
z.extend(range(10))
print(z, len(z))

# Operators.
a = deque([1, 2])
b = deque([3], maxlen=4)
print(a + b, b + a, a * 3, 2 * b, a * 0, a * -1)
a += [5, 6]
print(a)
a *= 2
print(a)
b *= 10
print(b)
c = deque([1, 2, 3], maxlen=5)
c += c
print(c)
c.extend(c)
print(c)
c.extendleft(c)
print(c)
print(deque([1, 2]) == deque([1, 2], maxlen=5), deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1]) < deque([1, 0]), deque([1, 0]) >= deque([1]), deque([1]) == [1])

# copy keeps maxlen; the copy is independent.
orig = deque([[1], [2]], maxlen=4)
cp = orig.copy()
cp.append([3])
print(orig, cp, cp[0] is orig[0], orig.__copy__())

# Iteration, reversed(), list(), repr of nested and recursive deques.
it = deque(["a", "b", "c"])
print(list(it), list(reversed(it)), [x * 2 for x in it])
print(type(iter(it)).__name__, type(reversed(it)).__name__)
print(iter(it).__length_hint__(), len(list(iter(deque(range(100))))))
self_ref = deque([1])
self_ref.append(self_ref)
print(self_ref)
print(deque([deque([1]), deque([], maxlen=2)]))
print(repr(deque("xy", 2)), str(deque()))

# A subclass: its name in the repr, copies and sums of its own class.
class Queue(deque):
    pass
q = Queue([1, 2], 3)
print(q, type(q.copy()).__name__, type(q + q).__name__, type(q * 2).__name__, isinstance(q, deque))

# The class itself.
print(deque.__module__, deque.__name__, deque[int])

# Large deques grow and shrink at both ends.
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[1000], sum(big))
for i in range(990):
    big.pop()
    big.popleft()
print(big)
