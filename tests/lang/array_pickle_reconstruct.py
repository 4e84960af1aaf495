# array's pickling in CPython's shapes (protocols 0-2: the type and a list;
# 3 on: _array_reconstructor with the machine format and the bytes), the
# reconstructor itself over every machine format, and operations whose
# source is the array itself.
import array
import io
import os
import pickle
import struct
import tempfile
from array import _array_reconstructor as rebuild

for tc, values in (("b", [-128, 0, 127]), ("H", [0, 65535]), ("i", [-5, 7]),
                   ("Q", [2**64 - 1]), ("f", [1.5, -0.0]), ("d", [2.25]), ("u", "h\xe9\U0002030a")):
    a = array.array(tc, values)
    r2, r3 = a.__reduce_ex__(2), a.__reduce_ex__(3)
    print(tc, r2[0] is array.array, r2[1], r2[2], r3[0] is rebuild, r3[1][1:3], r3[1][3] == a.tobytes())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(a, proto)) == a


class Sub(array.array):
    pass


s = Sub("l", [1, 2, 3])
s.tag = "kept"
for proto in (0, 2, 3, 5):
    t = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(t).__name__, t, t.tag)
print(Sub("b").__reduce_ex__(3)[2], Sub("b").__reduce_ex__(1)[2])

cases = ((0, "=BBBB", [0x80, 0x7F, 0, 0xFF], "L"), (1, "=bbb", [-0x80, 0x7F, 0], "h"),
         (3, ">HHH", [0x8000, 1, 0xFFFF], "I"), (4, "<hhh", [-0x8000, 0x7FFF, 0], "l"),
         (7, ">III", [1 << 31, 5, (1 << 32) - 1], "Q"), (8, "<iii", [-1 << 31, 3, 0], "q"),
         (11, ">QQ", [1 << 63, (1 << 64) - 1], "Q"), (12, "<qq", [-1 << 63, 9], "q"),
         (15, ">ff", [16711938.0, float("-inf")], "f"), (16, "<dd", [9006104071832581.0, -0.0], "d"),
         (17, ">dd", [1e300, 2.5], "d"))
for code, fmt, values, tc in cases:
    print(code, rebuild(array.array, tc, code, struct.pack(fmt, *values)))
for code, enc in ((18, "utf-16-le"), (19, "utf-16-be"), (20, "utf-32-le")):
    print(code, rebuild(Sub, "u", code, "Bonne \U0002030a".encode(enc)))
for args in (("", "b", 0, b""), (str, "b", 0, b""), (array.array, "b", "", b""),
             (array.array, "b", 0, ""), (array.array, "?", 0, b""), (array.array, "b", -1, b""),
             (array.array, "b", 22, b""), (array.array, "d", 16, b"a"), (array.array, "B", 1, b"\xff")):
    try:
        print(rebuild(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)

a = array.array("i", [1, 2])
a.extend(a)
a += a
print(a)
a = array.array("h", range(4))
a[::-1] = a
print(a)
a = array.array("h", range(10))
a[::-4] = array.array("h", [10] * 3)
print(a)
try:
    a[5:1:-1] = array.array("h", [7])
except ValueError as e:
    print(e)

with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, "data")
    with open(name, "wb") as f:
        print(f.write(array.array("H", [1, 258])))
    with open(name, "rb") as f:
        print(f.read())
b = io.BytesIO()
b.write(array.array("b", [65, 66]))
print(b.getvalue())

import collections.abc
print(isinstance(array.array("B"), collections.abc.MutableSequence), issubclass(Sub, collections.abc.Sequence))
