# Tuple creation, single-element tuples, indexing, slicing.
t = (1, "two", 3.0)
print(t, t[0], t[-1], t[1:], len(t))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
u = 1, 2, 3
print(u, type(u).__name__)
print(t + u, u * 2, (0,) * 3)
print(t.count(1), u.index(3), (1, 2, 1).count(1))
try:
    u.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 0
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
