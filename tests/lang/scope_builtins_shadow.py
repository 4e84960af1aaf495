# Shadowing a builtin in a module or function, then removing the shadow.
print(len("abc"))
def len(x):
    return "mine"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda a, b: "local max"
    return max
print(f()(1, 2), max(1, 2))
