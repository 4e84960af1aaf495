# 1,000,000-deep nested lists, dicts, tuples and instances: built,
# compared and printed (RecursionError, as CPython), then freed without C
# recursion (tests/unit/test_robust.c runs it on ./tally).
l = []
for i in range(1000000): l = [l]
m = []
for i in range(1000000): m = [m]
try: print(l == m)
except RecursionError as e: print("eq", e)
try: print(len(repr(l)))
except RecursionError as e: print("repr", e)
d = {}
for i in range(1000000): d = {"k": d}
e = {}
for i in range(1000000): e = {"k": e}
try: print(d == e)
except RecursionError as x: print("dict eq", x)
try: print(len(str(d)))
except RecursionError as x: print("dict str", x)
del l, m, d, e
t = None
for i in range(1000000): t = (t, i)
del t
class Node:
    def __init__(self, nxt): self.nxt = nxt
n = None
for i in range(1000000): n = Node(n)
del n
print("freed")
