# collections.Counter: counting, most_common (ties in insertion order),
# elements, update/subtract, the multiset operators and the repr ordered
# by count.
from collections import Counter


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)


c = Counter("abracadabra")
print(c, isinstance(c, dict), len(c))
print(c["a"], c["zz"], "zz" in c, c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(99))
print(list(c.elements()), sorted(c.elements()))
print(Counter(), Counter({}), Counter(a=0), Counter([]))
print(Counter({"x": 2, "y": 5}), Counter(x=1, y=1, z=2), Counter(["b", "a", "b", "a", "c"]))

# update adds, subtract subtracts (counts can go to zero or below).
u = Counter(a=1)
u.update("aab")
u.update({"b": 3, "c": -1}, d=4)
u.update(Counter(e=1))
print(u)
u.subtract("aaaa")
u.subtract({"d": 10}, b=1)
print(u, u.total())
empty = Counter()
empty.update({"m": 2})
empty.update()
print(empty)

# The binary operators keep only positive counts.
p = Counter(a=3, b=1, c=0, d=-2)
q = Counter(a=1, b=2, e=5)
print(p + q, p - q, q - p, p | q, p & q)
print(+p, -p, p)

# In-place forms.
f = Counter(a=1)
f += Counter(a=-3, b=2)
print(f)
f -= Counter(b=1)
print(f)
f |= Counter(c=4, b=0)
print(f)
f &= Counter(c=2, b=3)
print(f)

# Comparisons: missing counts are zero.
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2, b=0), Counter(a=2) > Counter())

# del of a missing key is silent; copy keeps the class.
del c["nonexistent"]
del c["r"]
print(c, type(c.copy()).__name__, c.copy() == c)


class Tally(Counter):
    pass


t = Tally("hello")
print(t, type(t.copy()).__name__, type(t + t).__name__)

# Counts that cannot be ordered are shown in insertion order.
print(Counter({"x": "b", "y": "a"}), Counter({"k": [1]}), Counter({"p": 1, "q": "s", "r": 3}))

# Errors.
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
attempt("add dict", lambda: Counter(a=1) + {"a": 1})
attempt("sub int", lambda: Counter(a=1) - 1)
attempt("two args", lambda: Counter("a", "b"))
attempt("most_common args", lambda: Counter().most_common(1, 2))
attempt("unhashable", lambda: Counter([[1]]))
attempt("not iterable", lambda: Counter(5))
attempt("hash", lambda: hash(Counter()))
print(Counter.__module__, Counter.__name__, Counter.__qualname__)
print(Counter(a=1) | {"b": 2}, type(Counter(a=1) | {"b": 2}).__name__)

# Word counting, the classic use.
text = "the quick brown fox jumps over the lazy dog the fox"
words = Counter(text.split())
print(words.most_common(3))
print([w for w, n in words.items() if n == 1])
