# List comprehensions with conditions, nesting and expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "cde"]])
print([w.upper() for w in "the quick fox".split() if len(w) > 3])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([x if x % 2 else -x for x in range(5)])
print([])
