# Comprehension variables and results hold references like any others.
import sys
x = [1]
items = [x]
print("before", sys.getrefcount(x))
print("inside listcomp", [sys.getrefcount(v) for v in items])
print("inside dictcomp", {0: sys.getrefcount(v) for v in items})
many = [x for _ in range(4)]
print("four result slots", sys.getrefcount(x))
del many
by_key = {i: x for i in range(3)}
print("three dict values", sys.getrefcount(x))
by_key = None
print("after", sys.getrefcount(x))
