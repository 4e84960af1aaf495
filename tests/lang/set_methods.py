# pop, clear, copy, update, intersection_update and friends.
s = {5}
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
s.update([1, 2], (3,))
t = s.copy()
t.add(4)
print(sorted(s), sorted(t))
s.intersection_update({1, 2, 9})
t.difference_update({1})
print(sorted(s), sorted(t))
t.symmetric_difference_update({2, 7})
print(sorted(t))
t.clear()
print(t, len(t))
