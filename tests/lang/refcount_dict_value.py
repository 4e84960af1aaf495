# Dict values and keys hold one reference each.
import sys
d = {"a": [1]}
print("value only", sys.getrefcount(d["a"]))
v = [2]
d["b"] = v
d["c"] = v
print("name + 2 values", sys.getrefcount(v))
del d["b"]
print("one value deleted", sys.getrefcount(v))
d["c"] = 0
print("value replaced", sys.getrefcount(v))
k = (len(d), "key")
d[k] = 1
print("tuple key", sys.getrefcount(k))
d.pop(k)
print("key popped", sys.getrefcount(k))
d.setdefault("s", v)
print("setdefault stored", sys.getrefcount(v))
d.setdefault("s", v)
print("setdefault again", sys.getrefcount(v))
print("get does not keep", sys.getrefcount(d.get("s")), sys.getrefcount(v))
d.clear()
print("dict cleared", sys.getrefcount(v))
