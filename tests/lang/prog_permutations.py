# Permutations and combinations by recursion.
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
def combos(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combos(rest, k - 1)] + combos(rest, k)
print(perms([1, 2, 3]))
print(len(perms(list(range(6)))))
print(combos(["a", "b", "c", "d"], 2))
print(["".join(p) for p in perms(["x", "y", "z"])])
