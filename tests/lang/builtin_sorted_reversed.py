# sorted returns a new list; reversed iterates backwards.
a = [3, 1, 2]
b = sorted(a)
print(a, b, sorted(a, reverse=True), sorted("hello"), sorted((3, 1)))
print(list(reversed(a)), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed([])), sorted([]), sorted([2, 1], key=None))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
