# List and dict methods take and give back references exactly.
import sys
x = [0]
lst = []
lst.append(x)
lst.extend([x, x])
lst.insert(1, x)
print("four slots", sys.getrefcount(x))
print("index/count do not keep", lst.index(x), lst.count(x), sys.getrefcount(x))
print("membership does not keep", x in lst, sys.getrefcount(x))
lst.reverse()
lst.sort(key=len)
print("reverse/sort keep counts", sys.getrefcount(x))
lst.pop()
lst.pop(0)
print("two popped", sys.getrefcount(x))
lst[0:1] = []
print("slice assigned away", sys.getrefcount(x))
d = {}
d.update({"a": x})
d.update(b=x)
print("update stored twice", sys.getrefcount(x))
vals = list(d.values())
print("values list", sys.getrefcount(x))
item = d.popitem()
print("popitem tuple", sys.getrefcount(x))
