# A union's __parameters__ are its members' type variables, and
# subscripting it substitutes them and joins the members again with |;
# subclasses of GenericAlias (collections.abc.Callable[...]) can be members.
import typing, collections.abc
T = typing.TypeVar('T')
S = typing.TypeVar('S')
u = float | list[T]
print(u.__parameters__, u[int], u[int] == float | list[int])
print((int | dict[T, S])[str, bytes], (int | dict[T, S]).__parameters__)
print((list[T] | list[S])[int, int])
try:
    (int | str)[int]
except TypeError as e:
    print(e)
try:
    (int | list[T])[int, str]
except TypeError as e:
    print(e)
c = int | collections.abc.Callable[[int], str] | bytes
print(c)
class SubClass(type(list[int])): pass
print(int | SubClass(list, int))
print(typing.Optional[int] == (int | None), (int | None).__parameters__)
print(float | list[T] | typing.List[T])
