# Bound methods carry their instance; unbound access gives the function.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
f()
f(5)
print(c.n, f.__self__ is c, f.__func__ is Counter.inc)
print(Counter.inc(c, 10), type(f).__name__, type(Counter.inc).__name__)
m1 = c.inc
m2 = c.inc
print(m1 == m2, m1 is m2)
