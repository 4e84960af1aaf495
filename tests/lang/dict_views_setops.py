# Set operations and comparisons on dict views (int keys keep the output
# order deterministic), reversed views, and isdisjoint.
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
it = d.items()
print(k & set([1, 26]), k - set([1]), k | set([26]), set([1, 26]) ^ k)
print(k & [2, 3, 4], [2, 3, 4] & k, k - [1], [5] | k)
print(k == set([1, 2, 3]), k < set([1, 2, 3, 4]), k >= set([1]), k != set([1]))
print(it & set([(1, "a"), (2, "x")]), it - set([(2, "b")]) == set([(1, "a"), (3, "c")]))
print((1, "a") in it, (1, "b") in it, [1, "a"] in it, 1 in k, 9 in k)
print(k.isdisjoint([7, 8]), k.isdisjoint(range(3, 10)), it.isdisjoint([(3, "c")]))
print(list(reversed(k)), list(reversed(d.values())), list(reversed(it)))
e = {}
print(e.keys() == set(), e.items() & set(), len(e.values()))
d[4] = "d"
print(k, it, len(k))
print(d.keys() == {4: 0, 3: 0, 2: 0, 1: 0}.keys())
