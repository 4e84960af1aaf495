# The constructors and attributes of ImportError, NameError,
# AttributeError, SyntaxError and the Unicode errors, as CPython checks them.
import io
import sys

for E in (ImportError, ModuleNotFoundError, NameError, AttributeError):
    try:
        E("m", invalid=1)
    except TypeError as e:
        print(e)

e = ImportError("test", name="name", path="path")
e.__init__()
print(e.args, e.msg, e.name, e.path)
e = NameError("x", name="n")
e.__init__()
print(e.name)
e = AttributeError("x", name="n", obj=1)
e.__init__("y")
print(e.name, e.obj)


class A:
    pass


try:
    object.__getattribute__(A(), "bluch")
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__)

for info in [("f", 1, 2), ("f", 1, 2, 4, 5, 6, 7), ("f", 1, 2, "abc", 1)]:
    try:
        SyntaxError("bad", info)
    except TypeError as exc:
        print(exc)

try:
    raise SyntaxError("bad bad", ("bad.py", 1, 2, "abcdefg", 1, 100))
except SyntaxError:
    saved = sys.stderr
    sys.stderr = io.StringIO()
    sys.__excepthook__(*sys.exc_info())
    text = sys.stderr.getvalue()
    sys.stderr = saved
print(text.splitlines()[-3:])

d = UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "ordinal not in range")
print(repr(d.object), str(d))
u = UnicodeEncodeError("baz", "xxxxx", 1, 5, "foo")
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.end = 2
print(str(u))
d.reason = 7
d.encoding = None
print(str(d))
