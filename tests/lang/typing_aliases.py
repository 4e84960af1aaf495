# typing's aliases print, compare and substitute as in CPython 3.11.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, Type, Literal, Final, ClassVar, Generic,
                    Protocol, NoReturn, TypeVar, cast, get_origin, get_args)
import typing
T = TypeVar("T")
S = TypeVar("S")
for a in [Any, Optional, Union, List, Dict, Tuple, Callable, Iterable, Literal, Final, NoReturn,
          Optional[int], Union[int, str], Union[int, None, str], Union[None, int], Union[int, Union[str, float]],
          Optional[Union[int, str]], List[int], List[T], Dict[str, List[int]], Tuple[int, ...], Tuple[()],
          Set[int], FrozenSet[str], Type[int], Callable[[int], str], Callable[..., int], Callable[[], None],
          Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int],
          Literal["a", 1], Literal[1, 1, True], Final[int], ClassVar[int], Generic[T], Protocol[T],
          List[None], Dict[S, T], typing.Hashable, typing.Sized]:
    print(repr(a))
print(Union[int], Union[int, int], Optional[None], Union[str, int] == Union[int, str])
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(List[T][int], Dict[str, T][int], Callable[[T], S][int, str], Optional[T][int], Tuple[T, ...][int])
print(List[int].__origin__, List[int].__args__, Union[int, str].__origin__, List.__origin__, List.__name__)
print(Optional[T].__parameters__, Dict[S, T].__parameters__, List[int].__parameters__)
print(get_origin(List[int]), get_args(Callable[[int], str]), get_args(Union[int, str]), get_origin(int), get_args(int))
print(T | int, List[int] | None, None | List[int], Optional[int] | str)
print(cast(int, "not checked"), typing.TYPE_CHECKING, typing.Text)
for bad in ["List[int, str]", "Dict[int]", "typing.Sized[int]", "NoReturn[int]", "Any[int]",
            "Optional[int, str]", "Union[()]", "Callable[int]", "List[int][str]", "Generic[int]",
            "Generic[T, T]", "Final[int, str]", "List()", "List[int]()", "Union()", "Any()"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
