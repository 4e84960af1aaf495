# Generic aliases (types.GenericAlias and subclasses with __slots__ = (),
# such as collections.abc.Callable[...]) support weak references, as in
# CPython; the reference dies with the alias.
import weakref, gc, collections.abc, typing
for alias in (list[int], collections.abc.Callable[[int], str], dict[str, list[int]]):
    r = weakref.ref(alias)
    print(type(alias).__name__, r() is alias, weakref.getweakrefcount(alias))
    del alias
    gc.collect()
    print(r())
a = typing.Callable[[int], str]
print(weakref.ref(a)() is a)
s = weakref.WeakSet([list[int]])
print(len(s))

# A union's __module__ is its type's, which typing.Annotated copies.
u = int | str
print(u.__module__, type(u).__module__)
A = typing.Annotated[int | None, "meta"]
print(A, A.__module__, A.__metadata__)

# Calling an alias makes an instance of its origin that remembers the alias
# in __orig_class__ when it can take attributes.
class MyList(list):
    pass
a = MyList[int]
print(type(a()).__name__, a().__orig_class__)
print(list[int]([1, 2]), hasattr(list[int](), "__orig_class__"))
class Slotted:
    __slots__ = ()
print(type(Slotted.__class_getitem__ if hasattr(Slotted, "__class_getitem__") else None))
import types
print(type(types.GenericAlias(Slotted, int)()).__name__)
