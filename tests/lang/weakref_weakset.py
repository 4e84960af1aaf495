# WeakSet members disappear when they die.
import weakref
class M:
    pass
s = weakref.WeakSet()
items = [M() for _ in range(3)]
for i in items:
    s.add(i)
del i
print(len(s), items[0] in s)
items.pop()
print(len(s))
items.clear()
print(len(s))
