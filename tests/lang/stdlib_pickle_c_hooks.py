# _pickle's hooks: persistent_id / persistent_load (methods and
# attributes), dispatch_table (class and instance), reducer_override,
# find_class overrides, fast mode, memo priming, copyreg extensions,
# Python 2 name mapping, PickleBuffer in band and out of band.
import copyreg
import io
import pickle


class Pers(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith("ext:"):
            return obj[4:]
        return None


class Unpers(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded:" + pid


for proto in range(6):
    f = io.BytesIO()
    Pers(f, proto).dump(["ext:a", "plain", ("ext:b",)])
    print(proto, f.getvalue(), Unpers(io.BytesIO(f.getvalue())).load())

p = pickle.Pickler(io.BytesIO(), 2)
p.persistent_id = lambda o: "X" if o == 5 else None
print(callable(p.persistent_id))
u = pickle.Unpickler(io.BytesIO(b"\x80\x02]q\x00(K\x01X\x01\x00\x00\x00Xq\x01Qe."))
u.persistent_load = lambda pid: ("pid", pid)
print(u.load())
try:
    pickle.loads(b"P1\n.")
except pickle.UnpicklingError as e:
    print(e)


class A:
    def __init__(self, v):
        self.v = v


def reduce_a(a):
    return (A, (a.v * 10,))


class Dispatching(pickle.Pickler):
    dispatch_table = {A: reduce_a}


f = io.BytesIO()
Dispatching(f, 2).dump(A(4))
print("class table", pickle.loads(f.getvalue()).v)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[A] = lambda a: (A, (a.v + 1,))
p.dump(A(4))
print("instance table", pickle.loads(f.getvalue()).v)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len:
            return (sum, ((1, 2),))
        if isinstance(obj, A):
            return (str, ("overridden",))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([len, A(1), 3, "s"])
print("override", pickle.loads(f.getvalue()))


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("forbidden %s.%s" % (module, name))


for obj in [{1, 2}, len]:
    try:
        print(Restricted(io.BytesIO(pickle.dumps(obj, 2))).load())
    except pickle.UnpicklingError as e:
        print(e)

# Fast mode: no memo (shared items are written twice); cycles are errors.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
item = ["x"]
p.dump([item, item])
print("fast", f.getvalue())
cyc = []
for i in range(60):
    cyc = [cyc]
inner = cyc
while inner:
    inner = inner[0]
inner.append(cyc)
try:
    p.dump(cyc)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])

# Memo priming from another pickler and from a dict.
f = io.BytesIO()
first = pickle.Pickler(f, 2)
s = "shared"
first.dump(s)
second = pickle.Pickler(io.BytesIO(), 2)
second.memo = first.memo
print("primed", len(second.memo.copy()))
try:
    second.memo = {1: "bad"}
except TypeError as e:
    print(e)
first_u = pickle.Unpickler(io.BytesIO(b"\x80\x02X\x04\x00\x00\x00fromq\x00."))
print(first_u.load(), first_u.memo.copy())
u = pickle.Unpickler(io.BytesIO(b"h\x00."))
u.memo = first_u.memo
print(u.load(), u.memo.copy())
u.memo.clear()
print(u.memo.copy())
try:
    u.memo = {-1: None}
except ValueError as e:
    print(e)

# copyreg extension codes.
copyreg.add_extension("collections", "OrderedDict", 0xF0)
copyreg.add_extension("collections", "Counter", 0x1F0)
copyreg.add_extension("collections", "deque", 0x1F000)
import collections
for cls in (collections.OrderedDict, collections.Counter, collections.deque):
    data = pickle.dumps(cls, 2)
    print("ext", data, pickle.loads(data) is cls)
copyreg.remove_extension("collections", "OrderedDict", 0xF0)
copyreg.remove_extension("collections", "Counter", 0x1F0)
copyreg.remove_extension("collections", "deque", 0x1F000)

# Python 2 names both ways.
print(pickle.dumps(range(3), 2)[:30], pickle.dumps(range(3), 2, fix_imports=False)[:30])
print(pickle.loads(b"c__builtin__\nxrange\n(K\x01K\x04K\x01tR."))
print(pickle.loads(b"cexceptions\nValueError\n(S'v'\ntR."))

# PickleBuffer.
pb = pickle.PickleBuffer(b"abc")
print(bytes(pb), pb.raw().readonly, memoryview(pb).tobytes())
for proto in (4, 5):
    try:
        print(pickle.dumps(pb, proto))
    except pickle.PicklingError as e:
        print("PicklingError", e)
bufs = []
data = pickle.dumps([pickle.PickleBuffer(bytearray(b"rw")), pb], 5, buffer_callback=bufs.append)
print(data, len(bufs))
back = pickle.loads(data, buffers=bufs)
print([bytes(x) for x in back], [type(x).__name__ for x in back])
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print(e)
pb.release()
try:
    pb.raw()
except ValueError as e:
    print(e)
