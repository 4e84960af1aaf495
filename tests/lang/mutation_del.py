# __del__ methods that change the container being freed, resurrect
# objects, or raise while the interpreter is releasing references.
import gc
log = []

class AppendToList:
    def __init__(self, target):
        self.target = target
    def __del__(self):
        self.target.append("added by __del__")
        log.append("append")

holder = []
holder.append(AppendToList(holder))
holder.append(1)
del holder[0]
print("list after __del__ appended:", holder)

class ClearOwner:
    def __init__(self, owner):
        self.owner = owner
    def __del__(self):
        self.owner.clear()
        log.append("clear")

d = {}
d["a"] = ClearOwner(d)
d["b"] = ClearOwner(d)
d["c"] = 3
d.pop("a")
print("dict after __del__ cleared it:", d)

l = [None] * 5
for i in range(5):
    l[i] = ClearOwner(l)
l[2] = "x"
print("list after __del__ cleared it:", l)
l = [ClearOwner(None) for i in range(3)]
for x in l:
    x.owner = l
del x
l = None
print("log:", log)

saved = []
class Resurrect:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        saved.append(self)
        log.append("resurrect " + self.name)

r = Resurrect("one")
del r
print("resurrected:", [s.name for s in saved])
saved.clear()
print("after clear:", len(saved), log[-1])

class RaiseInDel:
    def __del__(self):
        raise ValueError("from __del__")
x = RaiseInDel()
del x
print("after raising __del__")

class Chain:
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        log.append("chain")
c = None
for i in range(10000):
    c = Chain(c)
del c
print("chain freed:", log.count("chain"))

class DictSetter:
    def __init__(self, d, k):
        self.d, self.k = d, k
    def __del__(self):
        self.d[self.k] = "replaced"
        log.append("setter")
d = {}
d[1] = DictSetter(d, 1)
d[1] = "new"
print("dict value replaced during replacement:", d)

class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        global resurrected
        resurrected = self
resurrected = None
Cyc()
gc.collect()
print("cycle resurrected:", type(resurrected).__name__)
resurrected = None
gc.collect()
print("done")
