# list.sort() while the class of the items gains or loses __lt__: CPython 3.11
# looks the method up at every comparison, so the sort goes on with the new one.
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        if len(calls) == 5:
            del K.__lt__
            K.__gt__ = lambda s, o: s.v > o.v
        return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
l = [K(i) for i in [5, 3, 8, 1, 9, 2, 7]]
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, calls)
class J:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'J%d' % self.v
n = [0]
def lt(a, b):
    n[0] += 1
    if n[0] == 3:
        J.__lt__ = lambda a, b: a.v > b.v
    return a.v < b.v
J.__lt__ = lt
l = [J(i) for i in [4, 1, 3, 2, 6, 5]]
l.sort(); print(l, n)
l = [K(i) for i in range(5)]
class K2(K): pass
l.append(K2(3))
try: l.sort(); print(l)
except Exception as e: print(type(e).__name__, e)
