# A generator keeps its local state between yields; running twice is an error.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def reentrant():
    yield next(g)
g = reentrant()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
