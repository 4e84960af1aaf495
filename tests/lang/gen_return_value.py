# A generator's return value travels in StopIteration.value and yield from.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer result"
print(list(outer()))
g = inner()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
