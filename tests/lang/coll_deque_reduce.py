# deque.__reduce__ as CPython 3.11's: type, ((), maxlen), __getstate__(), an
# iterator; copy and deepcopy of deques and their subclasses go through it.
from collections import deque
import copy
d = deque([1, [2]], 3)
r = d.__reduce__()
print(r[0], r[1], r[2], list(r[3]))
print(deque([1]).__reduce__()[:3])
class D(deque):
    pass
e = D([1, 2]); e.tag = 'x'
r = e.__reduce__(); print(r[0].__name__, r[1], r[2], list(r[3]))
f = D(); print(f.__reduce__()[2])
c = copy.copy(d); print(c, c.maxlen, c[1] is d[1])
c = copy.deepcopy(d); print(c, c.maxlen, c[1] is d[1])
c = copy.deepcopy(e); print(type(c).__name__, c, c.tag)
