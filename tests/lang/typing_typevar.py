# TypeVar, Generic and Protocol, and annotations that use typing's names.
from typing import TypeVar, Generic, Protocol, List, Optional, Dict, overload, final
T = TypeVar("T")
K = TypeVar("K", bound=int)
C = TypeVar("C", int, str, covariant=True)
D = TypeVar("D", contravariant=True)
print(T, K, C, D, T.__name__, K.__bound__, C.__constraints__, T.__bound__, D.__contravariant__)
print(T == TypeVar("T"), hash(T) == hash(T), T.__module__, type(T).__name__)
for args, kw in [(("X", int), {}), (("Q",), {"covariant": True, "contravariant": True}),
                 (("R", int, str), {"bound": int})]:
    try:
        TypeVar(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class SupportsClose(Protocol):
    def close(self) -> None: ...
class Resource:
    def close(self) -> None:
        print("closed")
def shut(r: SupportsClose) -> None:
    r.close()
shut(Resource())
print([c.__name__ for c in SupportsClose.__mro__])
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
class Stack:
    def __init__(self) -> None:
        self.items: List[int] = []
    def push(self, item: int) -> None:
        self.items.append(item)
    def pop(self) -> Optional[int]:
        return self.items.pop() if self.items else None
s = Stack()
s.push(1)
print(s.pop(), s.pop())
counts: Dict[str, int] = {}
print(__annotations__)
@overload
def f(x: int) -> int: ...
try:
    f(1)
except NotImplementedError as e:
    print("NotImplementedError")
@final
def g():
    return "final function"
print(g())
