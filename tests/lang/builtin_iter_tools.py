# enumerate, zip (strict), map, filter, reversed and iter(callable, sentinel).
print(list(enumerate("abc")), list(enumerate(["x", "y"], 5)), list(enumerate([], 3)))
print(list(enumerate("ab", start=-2)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1, 2], [1, 2], [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1, 2], "ab", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(1, 4))))
stack = [1, 2, 3, 4, 5]
print(list(iter(stack.pop, 2)), stack)
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
e = enumerate("xy")
print(next(e), next(e), next(e, None))
try:
    reversed(5)
except TypeError as err:
    print("TypeError", err)
try:
    map(abs)
except TypeError as err:
    print("TypeError", err)
try:
    enumerate(5)
except TypeError as err:
    print("TypeError", err)
try:
    zip([1], x=2)
except TypeError as err:
    print("TypeError", err)
try:
    iter(5, 2)
except TypeError as err:
    print("TypeError", err)
try:
    filter(None)
except TypeError as err:
    print("TypeError", err)
