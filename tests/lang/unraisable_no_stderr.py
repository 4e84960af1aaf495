# An exception in __del__ is reported to sys.stderr, and dropped while
# sys.stderr is None (as at the very end of finalization, where a
# destructor's error in sys's own attributes is never shown).
import io
import struct
import sys


class C:
    def __del__(self):
        1 / 0


sys.stderr = None
c = C()
del c
buf = sys.stderr = io.StringIO()
c = C()
del c
sys.stderr = sys.__stderr__
print(buf.getvalue().splitlines()[-1])


class D:
    def __init__(self):
        self.pack = struct.pack

    def __del__(self):
        self.pack('I', -42)


sys.x = D()
print("end")
