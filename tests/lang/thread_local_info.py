# _thread._local and sys.thread_info (issue 13: test_threading_local and the modules that read
# sys.thread_info stopped at import).  One thread: the local's one dict has CPython's semantics.
import _thread, gc, weakref, sys
print(sys.thread_info.version is None or sys.thread_info.version.startswith("NPTL "))
print(type(sys.thread_info).__name__, sys.thread_info.name, sys.thread_info[1], len(sys.thread_info))
L=_thread._local
print(L, L.__doc__)
x=L(); x.a=1; print(x.__dict__, type(x).__name__, x.a)
del x.a
try: x.a
except AttributeError as e: print("AttributeError", e)
try: x.__dict__={}
except Exception as e: print(type(e).__name__, e)
try: del x.__dict__
except Exception as e: print(type(e).__name__, e)
for args, kw in [((1,), {}), ((), {'a': 1})]:
    try: L(*args, **kw)
    except Exception as e: print(type(e).__name__, e)
class S(L): pass
try: S(a=1)
except Exception as e: print(type(e).__name__, e)
class T(L):
    cls_attr = 5
    def __init__(self, a, b=2):
        self.a = a; self.b = b
t = T(3, b=4); print(t.a, t.b, t.__dict__, t.cls_attr)
try: t.__dict__ = 1
except Exception as e: print(type(e).__name__, e)
t.__dict__['c'] = 9; print(t.c)
print(gc.is_tracked(x), weakref.ref(x)() is x)
print(repr(x).startswith('<_thread._local object at 0x'))
# a cycle through the local's dict is collected
class W: pass
y = T(1); y.self = y; w = weakref.ref(y); del y; gc.collect(); print(w())
import threading
print(threading.local is L)
loc = threading.local(); loc.v = [1]; print(loc.v)
class Slots(L):
    __slots__ = ('p',)
s = Slots(); s.p = 1; s.q = 2; print(s.p, s.q, s.__dict__)
