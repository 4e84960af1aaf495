# getattr, setattr, hasattr, delattr on instances and modules.
class C:
    a = 1
c = C()
setattr(c, "b", 2)
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "z", "default"), hasattr(c, "b"), hasattr(c, "z"))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "z")
except AttributeError as e:
    print("AttributeError:", e)
import sys
print(getattr(sys, "maxsize") == sys.maxsize, hasattr([], "append"), getattr("abc", "upper")())
