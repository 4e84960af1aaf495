# range objects: repr, len, indexing, slicing (a range again), membership,
# index/count, reversed, equality and the constructor's errors.
r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3], list(r[7:2:-2]))
s = range(10, -5, -3)
print(s, list(s), len(s), s.start, s.stop, s.step)
print(4 in s, 5 in s, -5 in s, 10 in s, 4.0 in s, "x" in s)
print(s.index(1), s.count(4), s.count(5), s.count(4.0))
print(list(reversed(s)), list(reversed(range(0))), list(range(3, 3)))
print(range(0) == range(5, 5), range(1, 7, 2) == range(1, 6, 2), range(3) == range(4))
print(range(2, 20, 5)[1:], range(-5, 5)[-3:], bool(range(0)), bool(range(1)))
print(hash(range(1, 7, 2)) == hash(range(1, 6, 2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError", e)
try:
    r.index(10)
except ValueError as e:
    print("ValueError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
total = 0
for i in range(5, 0, -1):
    total = total * 10 + i
print(total, sum(range(101)), list(range(-3)), list(range(0, -10, -4)))
