# Entries that die while a weak container is being iterated are removed
# when the iteration ends, not under the loop.
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V(%d)" % self.n
    def __hash__(self):
        # A fixed hash keeps the WeakSet's iteration order deterministic.
        return self.n
objs = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.n] = o
seen = []
for k in d.keys():
    seen.append(k)
    if k == 1:
        del objs[3]
        print("inside the loop", 3 in seen)
print(seen, len(d), sorted(d.keys()))
del objs[0]
print(sorted(d.items(), key=lambda kv: kv[0]), len(d))
it = iter(d.values())
print(next(it))
del objs[0]
print(len(d))
del it
print(len(d), sorted(v.n for v in d.values()))

keys = [V(i) for i in range(4)]
kd = weakref.WeakKeyDictionary((k, k.n * 10) for k in keys)
out = []
for k, v in kd.items():
    out.append(v)
    if v == 0:
        del keys[-1]
print(sorted(out), len(kd))
print(sorted(kd.values()))

s = weakref.WeakSet(keys)
it = iter(s)
next(it)
keys.pop()
print(len(s))
del it
print(len(s), sorted(x.n for x in s))

# Copies and updates keep only live entries.
d2 = d.copy()
print(type(d2).__name__, sorted(d2.keys()))
d2.update({7: V(7)}, eight=V(8))
print(sorted(d2.keys(), key=str))
kd2 = kd.copy()
print(type(kd2).__name__, sorted(kd2.values()))
vals = [V(9)]
d.setdefault(9, vals[0])
print(d.setdefault(9, None), d.get(10, "missing"), d.pop(9), d.pop(9, "gone"))
print(len(kd.keyrefs()), all(isinstance(r, weakref.ref) for r in kd.keyrefs()))
print(sorted((type(r).__name__, r.key) for r in d.valuerefs()))
d.clear()
print(len(d), repr(d).startswith("<WeakValueDictionary at 0x"))
