# chr() converts to a C int before checking the code point range, and
# bytes(n) refuses a size whose object could never be allocated.
import sys
for n in (0x110000, 2**31, -2**31 - 1, 2**63, -1):
    try:
        chr(n)
    except Exception as e:
        print(type(e).__name__, e)
for n in (sys.maxsize, sys.maxsize - 32, 2**63, -1):
    try:
        bytes(n)
    except Exception as e:
        print(type(e).__name__, e)
