import sys
import ctypes
from typing import Any
def get_ref_count(address: int) -> int:
    return ctypes.c_long.from_address(address).value
x: list[int] = [1, 2, 3]
addr: int = id(x)
print(f"Initial references: {sys.getrefcount(x)}") # Includes temporary ref from getrefcount
y = x
print(f"After y = x: {sys.getrefcount(x)}")
del y
print(f"After del y: {sys.getrefcount(x)}")
