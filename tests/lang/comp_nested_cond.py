# Comprehensions with nested conditionals and function calls.
def sq(n):
    return n * n
print([sq(n) for n in range(10) if sq(n) % 2 == 1])
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
words = ["alpha", "beta", "gamma", "delta"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print(sum([len(w) for w in words]))
