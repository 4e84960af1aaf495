# sum with and without start.
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10))
print(sum([[1], [2, 3]], []), sum([1.5, 2.5]), sum((True, True)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
