# The exceptions sets raise, with CPython's messages.
s = set([1, 2, 3])
try:
    s.remove(7)
except KeyError as e:
    print("KeyError", e)
e = set()
try:
    e.pop()
except KeyError as err:
    print("KeyError", err)
try:
    s.add([1])
except TypeError as err:
    print("TypeError", err)
try:
    hash(s)
except TypeError as err:
    print("TypeError", err)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as err:
    print("RuntimeError", err)
try:
    s | [1]
except TypeError as err:
    print("TypeError", err)
try:
    s < [1]
except TypeError as err:
    print("TypeError", err)
try:
    set(1)
except TypeError as err:
    print("TypeError", err)
try:
    set([1], [2])
except TypeError as err:
    print("TypeError", err)
try:
    s.update(5)
except TypeError as err:
    print("TypeError", err)
print(set([frozenset([1, 2])]) == set([frozenset([2, 1])]), frozenset([1, 2]) in set([frozenset([2, 1])]))
print(set([1, 2]) in set([frozenset([1, 2])]))
