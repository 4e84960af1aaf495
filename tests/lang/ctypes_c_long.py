# ctypes.c_long holds a C long; from_address(id(x)).value is x's reference
# count without the temporary reference sys.getrefcount adds.
import sys
import ctypes
print(ctypes.c_ssize_t is ctypes.c_long, ctypes.c_long, ctypes.c_long.__name__)
print(ctypes.c_long(5), ctypes.c_long(), ctypes.c_long(-3).value, ctypes.c_long(True))
print(ctypes.c_long(2**70).value, ctypes.c_long(2**63).value, ctypes.c_long(-2**64 - 1).value)
v = ctypes.c_long(7)
v.value = 9
print(v, bool(v), bool(ctypes.c_long(0)))
for bad in ["a", 1.5, None]:
    try:
        ctypes.c_long(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ctypes.c_long(1, 2)
except TypeError as e:
    print("TypeError:", e)
for bad in ["a", 1.5, None]:
    try:
        ctypes.c_long.from_address(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ctypes.c_long.from_address(2**70)
except OverflowError as e:
    print("OverflowError:", e)
def count(obj_id):
    return ctypes.c_long.from_address(obj_id).value
class Thing:
    pass
t = Thing()
d = {"k": t}
lst = [t, t]
print(count(id(t)), sys.getrefcount(t) - 1)
view = ctypes.c_long.from_address(id(t))
del d
print(view.value, view)
lst.pop()
print(view.value, type(view).__name__)
def local_holder():
    s = "x" * 50
    return count(id(s)), sys.getrefcount(s) - 1
print(local_holder())
