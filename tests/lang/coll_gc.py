# collections: deques and defaultdicts in reference cycles are found by
# gc.collect(); reference counts of their contents are CPython's.
import gc
import sys
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple

gc.disable()
gc.collect()

# A deque that contains itself.
d = deque([1, 2])
d.append(d)
del d
print("self deque", gc.collect())

# Two deques holding each other, through a list.
a = deque()
b = deque([[a]])
a.append(b)
del a, b
print("deque pair", gc.collect())

# A deque iterator kept in the deque it iterates.
d = deque()
d.append(iter(d))
del d
print("deque iterator", gc.collect())

# A defaultdict that is its own value.
dd = defaultdict(list)
dd["me"] = dd
del dd
print("self defaultdict", gc.collect())

# A defaultdict whose factory holds it (a bound method of the dict).
dd = defaultdict()
dd.default_factory = dd.copy
del dd
print("factory cycle", gc.collect())

# A defaultdict of deques that point back at it.
dd = defaultdict(deque)
dd["x"].append(dd)
dd["y"].append(dd["x"])
del dd
print("mixed", gc.collect())

# Counter and OrderedDict instances in cycles.
c = Counter()
c["self"] = c
od = OrderedDict()
od["self"] = od
del c, od
print("counter and ordereddict", gc.collect())

# Reachable containers survive a collection intact.
keep = deque([deque([1])])
keep_dd = defaultdict(int, a=1)
gc.collect()
print(keep, keep_dd, gc.is_tracked(keep), gc.is_tracked(deque()), gc.is_tracked(keep_dd))

# Reference counts.
x = object()
print("alone", sys.getrefcount(x))
q = deque([x, x])
print("in deque twice", sys.getrefcount(x))
q.pop()
print("after pop", sys.getrefcount(x))
q.rotate(3)
q.extend([x])
q2 = q.copy()
print("after copy", sys.getrefcount(x))
del q2
q.clear()
print("after clear", sys.getrefcount(x))
q = deque([x], maxlen=1)
q.append(1)
print("pushed out", sys.getrefcount(x))
it = iter(q)
print("deque held by iterator", sys.getrefcount(q))
del it
print("released", sys.getrefcount(q))
f = defaultdict(list)
f[x].append(x)
print("defaultdict key and value", sys.getrefcount(x))
del f
print("dict gone", sys.getrefcount(x))
P = namedtuple("P", "a b")
pt = P(x, x)
print("namedtuple", sys.getrefcount(x))
del pt
print("namedtuple gone", sys.getrefcount(x))
