# _pickle (the C pickler behind pickle.dumps/loads): every built-in kind of
# object at every protocol, byte for byte as CPython's C pickler writes
# them, and back; shared and recursive references; framing of large data;
# dump/load through files, several pickles read one after another.
import io
import pickle
import _pickle
import collections

print(pickle.Pickler is _pickle.Pickler, pickle.loads is _pickle.loads)
print(pickle.PickleError is _pickle.PickleError, _pickle.PicklingError.__mro__[1].__name__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class WithState:
    def __getstate__(self):
        return {"v": 42}

    def __setstate__(self, st):
        self.v = st["v"] + 1


values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**63, -2**63, 2**200, -2**200 + 7, 0.0, -0.0, 1.5, 1e300, float("inf"),
    "", "abc", "h\u00e9llo", "\u20ac\U0001f600", "a\\b\nc\r\x00\x1a", "\ud800x",
    b"", b"\x00\xff", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], [1, [2, [3]]], {}, {"a": 1, 2: (3,)}, set(), {1, 2, 3}, frozenset(), frozenset({"x"}),
    len, int, type(None), type(...), type(NotImplemented), ..., NotImplemented,
    collections.Counter(a=1), complex(1, 2), range(3, 9, 2), slice(1, None),
    Point(1, "p"),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back) or (type(v) is float and str(v) == str(back))
        print(proto, repr(v)[:30], data if len(data) < 70 else len(data), same)

for proto in range(6):
    s = Slotted()
    t = pickle.loads(pickle.dumps(s, proto)) if proto >= 2 else None
    print("slots", proto, t and (t.a, hasattr(t, "b")))
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print("state", proto, w.v)

# Shared and recursive structures keep their identities.
for proto in range(6):
    shared = [1, 2]
    lst = [shared, shared, (shared,)]
    lst.append(lst)
    d = {"self": None}
    d["self"] = d
    t = ([],)
    t[0].append(t)
    back = pickle.loads(pickle.dumps([lst, d, t], proto))
    b, bd, bt = back
    print("ids", proto, b[0] is b[1], b[2][0] is b[0], b[3] is b, bd["self"] is bd, bt[0][0] is bt)

# Large data: framing (frames near 64 KiB) and bytes outside frames.
big = list(range(30000))
data = pickle.dumps(big, 4)
print("frames", data.count(b"\x95") >= 2, pickle.loads(data) == big)
blob = b"x" * 200000
data = pickle.dumps([blob, "s" * 70000], 5)
print("large", len(data), pickle.loads(data) == [blob, "s" * 70000])

# Files: dump then several loads in a row, each stopping at its STOP.
f = io.BytesIO()
for proto in range(6):
    pickle.dump(("obj", proto, [proto] * 3), f, proto)
f.seek(0)
for proto in range(6):
    print("file", pickle.load(f), f.tell())
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)

# Pickler/Unpickler objects and their memos.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
x = ["abc", "abc"]
p.dump(x)
p.dump(x)
print("memo", len(p.memo.copy()), f.getvalue())
p.clear_memo()
print("cleared", len(p.memo.copy()), p.bin, p.fast)
f.seek(0)
u = pickle.Unpickler(f)
a = u.load()
b = u.load()
print("unpickler", a, a is b, sorted(u.memo.copy()))
print(pickle.dumps(pickle.Pickler(io.BytesIO()).memo, 2)[:2])
