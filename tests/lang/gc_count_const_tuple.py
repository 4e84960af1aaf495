# tally-gc-stress: skip (tracking of constant tuples changes at each collection)
# A constant tuple is tracked from compilation until a collection finds
# that it holds only untracked objects, as in CPython 3.11.
import gc
t = (1, 2, 3)
u = ("a", (4, 5))
def f():
    return (6, 7)
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(u[1]), gc.is_tracked(f()))
def g(a, b=(8, 9)):
    return b
print(gc.is_tracked(g(0)), g.__defaults__)
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(u[1]), gc.is_tracked(f()))
print(gc.is_tracked(g(0)))
