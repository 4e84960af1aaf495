# tally-expected: own
# from_address of an address where no live object is raises ValueError instead of reading freed memory (docs/language.md, ctypes).
import ctypes
class Thing:
    pass
t = Thing()
addr = id(t)
view = ctypes.c_long.from_address(addr)
print(view.value)
del t
try:
    view.value
except ValueError:
    print("ValueError for the view of a dead object")
try:
    ctypes.c_long.from_address(addr)
except ValueError:
    print("ValueError for a dead object's address")
x = [1, 2]
for a in [id(x) + 8, id(x) + 1, 0, -8, 16]:
    try:
        ctypes.c_long.from_address(a)
    except ValueError:
        print("ValueError")
try:
    ctypes.c_long.from_address(id(x)).value = 5
except TypeError as e:
    print("TypeError:", e)
print(ctypes.c_long.from_address(id(x)).value)
