# Functions as values: passed, returned, stored in containers.
def twice(f, x):
    return f(f(x))
def inc(n):
    return n + 1
ops = {"inc": inc, "neg": lambda n: -n, "sq": lambda n: n * n}
print(twice(inc, 5), twice(ops["sq"], 3), [ops[k](4) for k in ops])
def compose(f, g):
    return lambda x: f(g(x))
h = compose(inc, ops["sq"])
print(h(5), compose(ops["neg"], inc)(1))
fs = [inc, abs, str, len]
print([type(f).__name__ for f in fs])
