# sys.setswitchinterval/getswitchinterval (kept in microseconds),
# sys.call_tracing, sys._stdlib_dir, and sys.excepthook writing to the
# current sys.stderr (a non-exception value; a SyntaxError whose filename
# is not a str).
import io
import os
import sys

print(sys.getswitchinterval())
for n in 0.00001, 0.05, 3.0:
    sys.setswitchinterval(n)
    print(sys.getswitchinterval())
for bad in (), ("a",), (-1.0,), (0.0,):
    try:
        sys.setswitchinterval(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(sys.call_tracing(max, (3, 4)), sys.call_tracing(dict, ()))
try:
    sys.call_tracing(type, 2)
except TypeError as e:
    print(e)
print(os.path.normpath(sys._stdlib_dir) == os.path.dirname(os.__file__))

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    sys.excepthook(1, "1", 1)
    e = SyntaxError("msg", (b"bytes_filename", 123, 0, "text"))
    sys.excepthook(type(e), e, None)
    e = SyntaxError("msg2", (None, 7, 2, "x = (1\n"))
    sys.excepthook(type(e), e, None)
finally:
    out, sys.stderr = sys.stderr.getvalue(), saved
print(out, end="")
