# Sorting by computed keys: tuples, negation, builtins as keys.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([-3, 1, -2, 4], key=abs))
print(sorted(["b", "aa", "ccc"], key=len, reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
nums = [5, 3, 8]
nums.sort(key=lambda n: -n)
print(nums)
