# ctypes reads the true reference count (no temporary) of a live object.
import sys
import ctypes
def get_ref_count(address):
    return ctypes.c_long.from_address(address).value
x = [1, 2, 3]
addr = id(x)
print(get_ref_count(addr), sys.getrefcount(x))
y = x
print(get_ref_count(addr))
holder = [x, x]
print(get_ref_count(addr), ctypes.c_ssize_t.from_address(addr).value)
del y, holder
print(get_ref_count(addr))
