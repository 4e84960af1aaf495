# PEP 604 unions: int | None and friends (types.UnionType).
def f(x: int | None = None) -> list[int] | None: pass
print(f.__annotations__)
u = int | str
print(u, type(u), u.__args__, u.__parameters__)
print(int | str | int, (int | str) | (bytes | int), int | int, None | int, list[int] | dict[str, int])
print(isinstance(3, int | str), isinstance(b"", int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(bytes, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | bytes))
print(list[int] | list[int])
class Meta(type): pass
class A(metaclass=Meta): pass
print(A | None)
try:
    int | 3
except TypeError as e:
    print(e)
try:
    3 | int
except TypeError as e:
    print(e)
try:
    int.__or__(str)
except TypeError as e:
    print(e)
print(type.__or__(int, str), type.__ror__(int, str))
import typing
print(typing.Optional[int] | str)
print(int | typing.List[int])
d = {int | str: 1}
print(d[str | int])
print(isinstance(1, (int | str, bytes)))
print(typing.get_args(int | str), typing.get_origin(int | str))
print(typing.Union[int, str] == (int | str))
