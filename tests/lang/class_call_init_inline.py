# Class calls whose __init__ the dispatch loop runs in its own frame:
# counts, results, errors, finalizer order and frames as CPython 3.11's.
# tally-gc-stress: skip (it prints gc.get_count() deltas, which collections at every allocation change)
import sys, gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.rc = (sys.getrefcount(self), sys.getrefcount(x), sys.getrefcount(y))


def counts():
    a = [1]
    b = object()
    p = P(a, b)
    print("refcounts in __init__", p.rc)
    print("after", sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(p))
    print("init refs", sys.getrefcount(P.__init__) > 0)


counts()


class Bad:
    def __init__(self, v):
        self.v = v
        return v


try:
    Bad(5)
except TypeError as e:
    print("TypeError:", e)
print(Bad(None).v)


class D:
    def __init__(self, name, fail):
        self.name = name
        if fail:
            raise ValueError(name)

    def __del__(self):
        print("del", self.name)


try:
    D("a", True)
except ValueError as e:
    print("raised", e)
d = D("b", False)
del d
print("after del")


class F:
    def __init__(self):
        f = sys._getframe()
        self.names = (f.f_code.co_name, f.f_back.f_code.co_name)


def maker():
    return F()


print(maker().names)


class R:
    def __init__(self, n):
        self.child = R(n - 1) if n else None


try:
    R(100000)
except RecursionError:
    print("RecursionError")
print(R(50).child is not None)


def tb():
    class T:
        def __init__(self, a):
            1 / a
    try:
        T(0)
    except ZeroDivisionError as e:
        t = e.__traceback__
        names = []
        while t:
            names.append(t.tb_frame.f_code.co_name)
            t = t.tb_next
        print(names)


tb()

# generation 0's count across class calls
class G:
    def __init__(self, a, b, c):
        pass


gc.collect()
seen = []
for i in range(5):
    before = gc.get_count()[0]
    G(1, 2, 3)
    seen.append(gc.get_count()[0] - before)
print("gc deltas", seen)


class K:
    def __init__(self, a, b=2):
        self.s = a + b


print(K(1).s, K(1, 5).s, K(a=3).s)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print(M(4).x)


class N:
    def __new__(cls, x):
        print("new", x)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


print(N(7).x)


def redefine():
    class C:
        def __init__(self, a):
            self.a = a
    out = []
    for i in range(3):
        out.append(C(i).a)
        if i == 1:
            C.__init__ = lambda self, a: setattr(self, "a", -a)
    print(out)


redefine()


def traced():
    calls = []
    def tr(frame, event, arg):
        if event in ("call", "return"):
            calls.append((event, frame.f_code.co_name))
        return tr
    sys.settrace(tr)
    P(1, 2)
    sys.settrace(None)
    print(calls)


traced()
