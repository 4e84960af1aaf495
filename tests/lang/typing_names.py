# The typing names that annotations use, and subscripted builtin generics.
from typing import Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar
T = TypeVar("T")
def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None
x: Dict[str, Tuple[int, ...]] = {"a": (1, 2)}
f: Callable[[int], str] = str
print(first([3, 4]), first([]), x, f(5))
print(list[int], dict[str, int], tuple[int, ...])
print(Optional[int] == Union[int, None], T.__name__)
v: Any = object()
print(type(v).__name__)
