# Generator expressions: lazy, single-pass, in calls without extra parentheses.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "ab3"))
print(", ".join(str(n) for n in range(4)), sorted((-x for x in [2, 1, 3])))
print(list((a, b) for a in range(2) for b in "xy" if b != "y"))
