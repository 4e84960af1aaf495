# The specialised forms of LOAD_GLOBAL, COMPARE_OP, BINARY_SUBSCR and
# STORE_SUBSCR (docs/internals.md, "Quickening"): each site first sees
# the types its form is for, then others (subclasses overriding the
# operation, globals rebound, deleted or shadowing a builtin, containers
# resized), and must compute what the generic instruction computes.
# sys.settrace and dis still see the generic instructions.
import dis
import sys


def cmp_all(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > b:
        out.append(">")
    if a >= b:
        out.append(">=")
    return " ".join(out)


class MyInt(int):
    def __lt__(self, other):
        return "lt-override"

    def __eq__(self, other):
        return False

    __hash__ = int.__hash__


class MyFloat(float):
    def __gt__(self, other):
        return True


nan = float("nan")
for a, b in [(1, 2)] * 4 + [(2, 2), (3, 2), (-5, -5), (2 ** 70, 1), (1, 2 ** 70)] + \
        [(1.5, 2.5)] * 4 + [(2.5, 2.5), (nan, 1.0), (1.0, nan), (nan, nan), (-0.0, 0.0)] + \
        [(1, 2.5), (2.5, 1), ("a", "b"), ("b", "a"), ("a", "a"), (True, 1)] + \
        [(MyInt(3), 4), (4, MyInt(3)), (MyFloat(1.0), 2.0), (2.0, MyFloat(1.0))] + [(1, 2)] * 3:
    print(repr(a), repr(b), cmp_all(a, b))

try:
    cmp_all(1, "x")
except TypeError as e:
    print("TypeError:", e)


def loop_cmp(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i = i + 1
    return total


print(loop_cmp(10), loop_cmp(10.5), loop_cmp(3), loop_cmp(2 ** 64 // 2 ** 62))


# Subscripts.
def get(o, k):
    return o[k]


def put(o, k, v):
    o[k] = v


class MyList(list):
    def __getitem__(self, i):
        return ("MyList", i)

    def __setitem__(self, i, v):
        print("MyList set", i, v)


class MyTuple(tuple):
    def __getitem__(self, i):
        return ("MyTuple", i)


class MyDict(dict):
    def __missing__(self, k):
        return ("missing", k)

    def __setitem__(self, k, v):
        print("MyDict set", k, v)
        dict.__setitem__(self, k, v)


lst = [10, 20, 30]
tup = (1, 2, 3)
d = {"a": 1, 2: "two", (1, 2): "pair"}
for i in range(4):
    print(get(lst, i % 3), get(lst, -1 - i % 3), get(tup, i % 3), get(d, "a"), get(d, 2))
lst.append(40)
print(get(lst, 3), get(lst, -4))
del lst[1:]
for k in [0, -1, 1, 3, -2, 2 ** 70, True, 1.0, "x"]:
    for o in (lst, tup):
        try:
            print(get(o, k))
        except (IndexError, TypeError) as e:
            print(type(e).__name__ + ":", e)
print(get(MyList([1, 2]), 0), get(MyTuple((1, 2)), 1), get(MyDict(), "zz"))
print(get(lst, slice(0, 1)), get("abc", 1), get(b"abc", 1), get(range(5), 2))
for k in ["a", "nope", (1, 2), (3, 4), [1]]:
    try:
        print(get(d, k))
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(get(d, 2), get({1: "one"}, 1), get({1: "one"}, True), get({1: "one"}, 1.0))

lst = [0, 0, 0]
for i in range(6):
    put(lst, i % 3, i)
print(lst)
for k in [3, -1, -4, 2 ** 70, "x", 1]:
    try:
        put(lst, k, "v")
        print(lst)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
lst.clear()
try:
    put(lst, 0, 1)
except IndexError as e:
    print("IndexError:", e)
dd = {}
for i in range(5):
    put(dd, i, i * i)
put(dd, "k", "v")
print(dd)
put(MyList([1]), 0, "x")
md = MyDict()
put(md, "m", 1)
print(md)
try:
    put(dd, [1], 2)
except TypeError as e:
    print("TypeError:", e)
try:
    put((1, 2), 0, 5)
except TypeError as e:
    print("TypeError:", e)

# Globals: rebound, deleted, a builtin shadowed by a global and unshadowed.
G = 1


def read_g():
    return G


def use_len(x):
    return len(x)


print([read_g() for i in range(3)], [use_len("abc") for i in range(3)])
G = "rebound"
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print("NameError:", e)
G = 3
print(read_g())


def len(x):
    return "shadowed"


print(use_len("abc"))
del len
print(use_len("abcd"))
import builtins
saved = builtins.len
builtins.len = lambda x: "builtin replaced"
print(use_len("ab"))
builtins.len = saved
print(use_len("ab"))

# The same code with other globals.
src = "def f():\n    return X\n"
g1 = {"X": 1}
g2 = {"X": 2}
exec(src, g1)
exec(src, g2)
print([g1["f"]() for i in range(3)], [g2["f"]() for i in range(3)])
comp = compile("r = [X for i in range(3)]", "<comp>", "exec")
for g in [{"X": 1}, {"X": 2}, {"X": 1}, {"X": "s"}] * 2:
    exec(comp, g)
    print(g["r"], end=" ")
print()


# Calls whose function changes: __code__ and __defaults__ replaced.
def callee(a, b):
    return a + b


def callee3(a, b, c=100):
    return a * b + c


def call_it(x):
    return callee(x, 1)


def callee2(a, b):
    return a - b


print([call_it(i) for i in range(3)])
callee.__code__ = callee2.__code__
print(call_it(2))
callee.__code__ = callee3.__code__
try:
    call_it(2)
except TypeError as e:
    print("TypeError:", e)
callee.__defaults__ = (1000,)
print(call_it(2))
callee = callee3
print(call_it(3))
callee = len
try:
    call_it(3)
except TypeError as e:
    print("TypeError:", e)

# A site whose types alternate keeps computing right.
vals = [1, 2.5, "s", 3, 4.5, "t"] * 20
res = []
for i in range(len(vals) - 1):
    a, b = vals[i], vals[i + 1]
    try:
        res.append(a < b)
    except TypeError:
        res.append(None)
    try:
        res.append(a + a)
    except TypeError:
        res.append(None)
print(res[:12], len(res), res.count(None), res.count(True))


# Tracing and dis see generic instructions: the traced run computes the
# same, reports the same lines, and dis shows the same text before and
# after the sites specialised.
import io
import contextlib


def traced(o, k):
    if k < 3:
        return o[k] + G
    return 0


def dis_text(f):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        dis.dis(f)
    return buf.getvalue()


cold = dis_text(traced)
code_before = traced.__code__.co_code
print([traced([1, 2, 3], i % 4) for i in range(8)])
lines = []


def tracer(frame, event, arg):
    if frame.f_code is traced.__code__:
        lines.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = [traced([1, 2, 3], 1), traced([1, 2, 3], 5), traced((4, 5), 1.0 if False else 0)]
sys.settrace(None)
print(r, lines)
print(dis_text(traced) == cold, traced.__code__.co_code == code_before)


# Attribute stores: the class changes at the site, the class gains a
# __setattr__ or a property later, an instance gets a materialised __dict__,
# a released value's finalizer runs at the store.
class A:
    def __init__(self, x):
        self.x = x


class B(A):
    pass


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def setx(o, v):
    o.x = v


objs = [A(0) for i in range(3)]
for i, o in enumerate(objs * 2):
    setx(o, i)
print([o.x for o in objs])
b = B(1)
setx(b, "b")
print(b.x, vars(b))
setx(objs[0], Noisy("first"))
setx(objs[0], Noisy("second"))
print("replaced")
setx(objs[0], 5)
print("after")
vars(objs[1])["y"] = 2
setx(objs[1], "with dict")
print(objs[1].x, vars(objs[1]))
fresh = A.__new__(A)
setx(fresh, "fresh")
print(vars(fresh))


def log_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


A.__setattr__ = log_setattr
setx(objs[2], "logged")
del A.__setattr__
setx(objs[2], "plain")
A.x = property(lambda self: "prop", lambda self, v: print("prop set", v))
setx(objs[2], "via property")
print(objs[2].x)
del A.x
setx(objs[2], "back")
print(objs[2].x, vars(objs[2]))


class S:
    __slots__ = ("x",)


s = S()
setx(s, "slot")
print(s.x)
try:
    setx(1, 2)
except AttributeError as e:
    print("AttributeError:", e)

# Reference counts through the specialised forms.
val = object()
base_count = sys.getrefcount(val)
holder = [None, None]
dh = {}
a = A(0)
for i in range(6):
    put(holder, i % 2, val)
    put(dh, i % 3, val)
    setx(a, val)
    get(holder, 0)
    get(dh, 0)
    get((val, val), 1)
    cmp_all(i, 3)
print(sys.getrefcount(val) - base_count)
holder[:] = []
dh.clear()
del a.x
print(sys.getrefcount(val) - base_count)
