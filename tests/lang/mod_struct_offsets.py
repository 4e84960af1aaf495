# struct's boundary messages: negative offsets of unpack_from, and sizes
# past sys.maxsize added as CPython adds them (unsigned).
import struct, sys
b = bytearray(10)
for call in (lambda: struct.pack_into('<I', b, -2, 123), lambda: struct.pack_into('<B', b, -11, 123),
             lambda: struct.unpack_from('<I', b, -2), lambda: struct.unpack_from('<B', b, -11),
             lambda: struct.pack_into('<I', b, sys.maxsize, 1), lambda: struct.unpack_from('<I', b, sys.maxsize),
             lambda: struct.unpack_from('<I', b, 8), lambda: struct.pack_into('<I', b, 9, 1)):
    try:
        call()
    except struct.error as e:
        print(e)
print(struct.unpack_from('<H', bytes(range(10)), -2))
