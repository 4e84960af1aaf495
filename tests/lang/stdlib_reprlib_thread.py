# CPython's reprlib.py over tally's _thread (one thread: locks, get_ident).
import _thread, reprlib
l = _thread.allocate_lock()
print(type(l).__name__, l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked(), repr(l).startswith("<unlocked _thread.lock object at"))
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in [dict(blocking=False, timeout=1), dict(timeout=-5)]:
    try:
        l.acquire(**bad)
    except ValueError as e:
        print("ValueError:", e)
with l:
    print("in", l.locked())
print(l.locked())
r = _thread.RLock()
with r:
    with r:
        print(r._is_owned(), repr(r).startswith("<locked _thread.RLock object owner="))
print(r._is_owned(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident(), _thread.error)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr(set(range(30))), reprlib.repr((1,) * 30), reprlib.repr(10 ** 50))
class C:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"C({self.x!r})"
c = C()
c.x = [c, 1]
print(repr(c))
a = reprlib.Repr()
a.maxlist = 2
print(a.repr([1, 2, 3, 4]), a.repr([[1, [2, [3, [4, [5]]]]]]))
