# Positional and default parameters; keyword arguments at call sites.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 20), f(1, 20, 30), f(1, c=30), f(a=1), f(c=3, b=2, a=1), f(1, b=5, c=6))
def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(g(1), g(2), g(3, [0]))
