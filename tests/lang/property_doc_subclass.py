# Where a property's docstring comes from: the getter's unless doc= is
# given; a copy made by getter/setter/deleter keeps an explicit doc and
# takes a getter's doc again from the new getter.  A subclass keeps the
# doc in the instance's __dict__ (its class __doc__ would shadow the
# field), which __slots__ forbids.
class Base:
    def _get(self):
        return 1
    spam = property(_get, doc="explicit doc")

class Sub(Base):
    @Base.spam.getter
    def spam(self):
        """the new getter's doc, not used"""
        return 2

print(Base.spam.__doc__, "|", Sub.spam.__doc__, "|", Sub().spam)

class P(property):
    """the subclass's own doc"""

class Slotted(property):
    """a subclass with slots"""
    __slots__ = ()

class C:
    @P
    def a(self):
        """a's doc"""
        return 1
    @a.setter
    def a(self, v):
        """ignored"""
    @property
    def b(self):
        """b's doc"""
    @b.getter
    def b(self):
        """b's new doc"""
print(C.a.__doc__, "|", C.b.__doc__, "|", P.__doc__, "|", "__doc__" in vars(C.a))

try:
    class D:
        @Slotted
        def s(self):
            """can't be stored"""
except AttributeError as e:
    print("AttributeError:", e)

# getter() on a subclass whose __new__ returns something else entirely.
class Odd(property):
    def __new__(cls, *args, **kwargs):
        return "not a property"
p = property.__new__(Odd)
p.__set_name__(C, "name")
print(p.getter(lambda self: 1))
for n in (0, 1, 3):
    try:
        property().__set_name__(*[0] * n)
    except TypeError as e:
        print(e)

# issubclass through __bases__ properties that return fresh tuples.
class A:
    @property
    def __bases__(self):
        return (int,)
class B:
    @property
    def __bases__(self):
        return (A(),)
print(issubclass(B(), int), issubclass(B(), str))
