# product, permutations, combinations, combinations_with_replacement, tee.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement, tee, islice, count)

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1], repeat=2)))
print(list(product()), list(product("ab", [])), list(product(repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))

print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations("AB", 0)), list(permutations("AB", 3)), list(permutations([])))
print(list(permutations([1, 2, 3], r=None)) == list(permutations([1, 2, 3])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("AB", 0)), list(combinations("AB", 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement("AB", 3)))
print(len(list(combinations_with_replacement(range(5), 3))))

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee("ab", 0), len(tee("ab", 1)))
a, b = tee(count())
print([next(a) for _ in range(200)][-1], next(b), next(b))
x, y = tee(range(3))
z, = tee(x, 1)
print(list(z), list(y), list(x))
copy = x.__copy__()
print(list(copy))
def source():
    print("read")
    yield 1
    yield 2
p, q = tee(source())
print("made")
print(next(p), next(q), next(p), next(q, None), next(p, None))
print(type(p).__name__)
a, b = tee(iter(range(1000)))
print(sum(a), sum(b))
