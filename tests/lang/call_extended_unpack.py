# Extended unpacking in assignments: a, *b = ...
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b = [1]
print(a, b)
first, *_, last = [10, 20, 30, 40]
print(first, last)
for head, *tail in [[1, 2, 3], [4]]:
    print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
