# input() with a stdout that cannot flush, and without sys.stdout; the
# ImportWarning of a relative import with neither __package__ nor
# __spec__; a module name with a NUL; compile() of any bytes-like source.
import io
import sys
import warnings


class NoFlush:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)


saved_in, saved_out = sys.stdin, sys.stdout
out = NoFlush()
sys.stdin = io.StringIO("first\nsecond")
sys.stdout = out
a = input("prompt> ")
b = input()
del sys.stdout
try:
    input("x")
except RuntimeError as e:
    lost = str(e)
sys.stdin, sys.stdout = saved_in, saved_out
print(a, b, out.text, lost)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        __import__('', {'__package__': None, '__spec__': None, '__name__': '__main__'},
                   {}, ('foo',), 1)
    except ImportError as e:
        print(type(e).__name__, e)
print([(x.category.__name__, str(x.message)) for x in w])


class Spec:
    parent = "json"


print(__import__('decoder', {'__spec__': Spec()}, fromlist=('x',), level=1).__name__)
try:
    __import__('string\x00')
except ModuleNotFoundError as e:
    print(repr(e), repr(e.name))
for src in (memoryview(b"x = 1\n"), bytearray(b"x = 2\n")):
    ns = {}
    exec(compile(src, "<buf>", "exec"), ns)
    print(ns["x"])
