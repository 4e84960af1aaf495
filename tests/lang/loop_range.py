# range with start, stop and step, negative steps and empty ranges.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(1, 20, 4)))
print(list(range(10, 0, -3)))
print(list(range(0, -5, -1)))
print(list(range(5, 5)), list(range(5, 0)))
total = 0
for i in range(1, 101):
    total += i
print(total)
r = range(3, 30, 7)
print(r, len(r), r[0], r[-1], r[1:3], 17 in r, 18 in r)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(list(reversed(range(4))), r.start, r.stop, r.step)
print(r.index(17), r.count(10), range(-5, 5, 3)[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
