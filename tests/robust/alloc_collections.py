# scripts/fail-after makes every seventh allocation of this program fail
# (robust/allocation_failure_in_collections, tests/unit/test_robust.c):
# deque, defaultdict, Counter, OrderedDict and namedtuple, whose import
# also compiles and runs the Python part of the collections module.
from collections import deque, defaultdict
d = deque(range(20), maxlen=30)
d.extendleft("abc")
d.rotate(7)
d.insert(3, [1])
del d[5]
e = d.copy() + deque([1])
e *= 2
print(len(e), d.count(1), list(reversed(d))[:3])
dd = defaultdict(list)
for i in range(5):
    dd[i % 2].append(i)
print(dd, dd.copy() | {3: []})
from collections import Counter, OrderedDict, namedtuple
c = Counter("abcab") + Counter(a=1)
print(c.most_common(1), list(c.elements()))
o = OrderedDict(a=1, b=2)
o.move_to_end("a", last=False)
print(o)
P = namedtuple("P", "x y", defaults=[0])
print(P(1), P(1)._replace(y=3))
