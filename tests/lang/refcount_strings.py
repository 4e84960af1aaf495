# Strings built at run time are ordinary counted objects.
import sys
s = "".join(["run", "time", " string"])
print("bound once", sys.getrefcount(s))
t = s
lst = [s, s]
print("name + 2 slots", sys.getrefcount(s))
u = s + "!"
print("concatenation is new", sys.getrefcount(u), sys.getrefcount(s))
w = str(10 ** 30)
print("str of a big int", sys.getrefcount(w))
parts = w.split("0")
print("split parts list", sys.getrefcount(parts))
