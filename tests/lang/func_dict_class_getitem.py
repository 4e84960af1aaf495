# A function's __dict__ can be replaced by a dict (not deleted, not set to
# anything else); dir() of a bound method shows its function's attributes;
# __class_getitem__ = None makes a class unsubscriptable; type() refuses a
# base that needs __mro_entries__.
def f():
    pass


f.a = 1
for bad in (None, [], 3):
    try:
        f.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del f.__dict__
except TypeError as e:
    print("TypeError", e)
print(f.a)


class D(dict):
    pass


f.__dict__ = D(x=2)
print(f.x, type(f.__dict__).__name__, hasattr(f, "a"))


class C:
    def m(self):
        pass


C.m.known = 3
print("known" in dir(C().m), "known" in dir(C.m), "m" in dir(C()))


class T(tuple):
    __class_getitem__ = None


try:
    T[int]
except TypeError as e:
    print("TypeError", e)


class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(G[int])


class Entry:
    def __mro_entries__(self, bases):
        return (C,)


try:
    type("Bad", (Entry(),), {})
except TypeError as e:
    print("TypeError", e)


class Good(Entry()):
    pass


print(Good.__bases__, Good.__orig_bases__[0].__class__.__name__)
