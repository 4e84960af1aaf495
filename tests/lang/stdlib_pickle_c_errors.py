# _pickle on bad input: truncated, garbage and hostile pickles raise
# UnpicklingError / EOFError / the error of the failing step, never crash;
# objects that cannot be pickled raise PicklingError / TypeError; deep
# structures raise RecursionError.
import io
import pickle
import sys

bad = [
    b"", b"N", b".", b"0", b"1", b"2", b"(2", b"R", b")R", b"a", b"Na", b"b", b"Nb", b"d", b"e", b"(e",
    b"ibuiltins\nlist\n", b"l", b"o", b"(o", b"p1\n", b"q\x00", b"r\x00\x00\x00\x00", b"s", b"Ns", b"NNs",
    b"t", b"u", b"(u", b"}(Nu", b"\x81", b")\x81", b"\x85", b"\x86", b"N\x86", b"\x87", b"\x90", b"(\x90",
    b"\x91", b"\x92", b")}\x92", b"\x93", b"Vlist\n\x93", b"\x94", b"N(.", b"(Nd", b"}(NNs",
    b"B", b"B\x03\x00\x00\x00ab", b"C\x03ab", b"F", b"F0.0", b"G\x00", b"I", b"I0", b"J\x00", b"K", b"L10",
    b"M\x00", b"S", b"S'abc'", b"S'\n.", b"S \n.", b"S'\\'\n.", b"T\x03\x00\x00\x00ab", b"U\x03ab", b"V", b"Vabc",
    b"X\x03\x00\x00\x00ab", b"(cbuiltins\nlist", b"Ng", b"Ng0", b"Nh", b"Nj\x00\x00\x00", b"Np0", b"\x80",
    b"\x82", b"\x8a", b"\x8b\x00\x00\x00", b"\x8c\x03ab", b"\x8d\x03\x00\x00\x00\x00\x00\x00\x00ab",
    b"\x95\x02\x00\x00\x00\x00\x00\x00\x00N", b"\x96\x03\x00\x00\x00\x00\x00\x00\x00ab",
    b"\x80\x06N.", b"\xff", b"'", b"\\", b"Z", b"h\x05.", b"g7\n.", b"Va\np-1\n.", b"\x8b\xff\xff\xff\xff.",
    b"T\xff\xff\xff\xff.", b"X\x02\x00\x00\x00\xff\xfe.", b"cbuiltins\nnosuch\n.", b"cnosuchmod\nx\n.",
    b"N)R.", b"cbuiltins\nint\nNR.", b"cbuiltins\nlen\n)\x81.", b"cbuiltins\nint\nN\x81.",
    b"cbuiltins\nint\n)N\x92.", b"\x8c\x01aK\x01\x93.", b"\x82\x00.", b"\x82\xfe.", b"P1\n.", b"NQ.",
    b"\x97.", b"(N\x85.", b"]N(a.", b"}N(Ns.", b"\x80\x02N\x8a\x02\xff\x7f.",
]
for data in bad:
    try:
        r = pickle.loads(data)
        print(data, "->", repr(r)[:40])
    except Exception as e:
        print(data, type(e).__name__, str(e)[:70])

# Through a file object, too (reads stop where the data does).
for data in [b"", b"I1", b"\x80\x04\x95\x10\x00\x00\x00", b"K\x01K"]:
    try:
        print(pickle.load(io.BytesIO(data)))
    except Exception as e:
        print("file", data, type(e).__name__, str(e)[:60])

print(type(pickle.loads(b"S'a\\x00'\n.", encoding="bytes")), pickle.loads(b"U\x02\xe9a.", encoding="latin-1"))
try:
    pickle.loads(b"U\x02\xe9a.")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)

# Objects that cannot be pickled.
def local():
    def inner():
        pass
    return inner

class NoReduce:
    def __reduce__(self):
        return 42

class BadTuple:
    def __reduce__(self):
        return (list,)

class NotCallable:
    def __reduce__(self):
        return (1, ())

for obj in [local(), lambda: 0, NoReduce(), BadTuple(), NotCallable(), iter([]).__class__, sys.stdout]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(obj, proto)
            print("pickled", proto)
        except Exception as e:
            print(proto, type(e).__name__, str(e).split(" at 0x")[0][:70])
for proto in (-1, 6, "2"):
    try:
        pickle.dumps(1, proto)
    except Exception as e:
        print("protocol", proto, type(e).__name__, e)
try:
    pickle.dumps(1, 3, buffer_callback=print)
except ValueError as e:
    print("ValueError", e)
try:
    pickle.Pickler(object())
except TypeError as e:
    print("TypeError", e)
try:
    pickle.Unpickler(object())
except TypeError as e:
    print("TypeError", e)

class Half(pickle.Pickler):
    def __init__(self):
        pass

class HalfU(pickle.Unpickler):
    def __init__(self):
        pass

for c in (Half, HalfU):
    try:
        c().dump(1) if c is Half else c().load()
    except pickle.PickleError as e:
        print(type(e).__name__, e)

# Deep structures: RecursionError, not a crash.
deep = []
for i in range(100000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError:
    print("RecursionError")
d = {}
cur = d
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    pickle.dumps(d)
except RecursionError:
    print("RecursionError")
# Unpickling a deep pickle needs no recursion.
data = b"(" * 5000 + b"l" * 5000 + b"."
x = pickle.loads(data)
depth = 0
while x:
    x = x[0]
    depth += 1
print("depth", depth)

# A dict that changes size while pickled.
class Evil:
    def __reduce__(self):
        target.clear()
        return (int, ())

target = {i: i for i in range(5)}
target[9] = Evil()
try:
    pickle.dumps(target, 2)
except RuntimeError as e:
    print("RuntimeError", e)
