# set literals and set(): membership, add, remove, discard, len.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.remove(3)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([1, 1, 2]) == {1, 2}, sorted(set("hello")), len({1, 1.0, True}))
print({1, 2} == {2, 1}, {1} != {1, 2}, type({1}).__name__, type({}).__name__)
