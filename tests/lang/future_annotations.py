"""PEP 563: under `from __future__ import annotations` every annotation is
stored as its source text, as CPython 3.11's unparser writes it, and never
evaluated."""
# A comment and the docstring may come before the future statement.
from __future__ import annotations, division

import sys
import typing

print(annotations.compiler_flag == 0x1000000, hex(sys._getframe().f_code.co_flags & 0x1000000))


def f(a: int, b: List[int] = [], /, c: undefined.name = 1, *args: *Ts, d: a + b, e: 'quoted' = 2,
      **kw: Dict[str, Any]) -> Iterator[lambda x: x]:
    local: this_is_never_evaluated = 3
    return local


print(f.__annotations__)
print(f(0, d=0), hex(f.__code__.co_flags & 0x1000000))


def g(*, key: (1, 2) = None, other: () = 0, more: (1,) = 0) -> None:
    pass


print(g.__annotations__)


def h(x=1, *, y: -1 + 2j):
    pass


print(h.__annotations__)


async def coro(x: Awaitable[int]) -> Coroutine[Any, Any, None]:
    pass


print(coro.__annotations__)


def outer():
    value = 1

    def inner(p: value) -> value:
        q: value = 2
        return q
    return inner


# Names used only in annotations are no cells under the future import.
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer().__annotations__)


calls = []


class Rec:
    def __getitem__(self, k):
        calls.append(('getitem', k))

    def __getattr__(self, k):
        calls.append(('getattr', k))


rec = Rec()


class C:
    """Class annotations."""
    x: int
    y: List[C] = []
    __private: Set[int]
    _C__mangled: int = 1
    z: Optional['C'] = None
    (not_simple): Undefined = 5
    rec.chain: Undefined
    rec[1:2, 3]: Undefined

    def method(self, other: C, __p: C.__private) -> C:
        return self

    class Inner:
        w: C.Inner


print(C.__annotations__)
print(C.method.__annotations__)
print(C.Inner.__annotations__)
print(C.y, C.z, C._C__mangled)

# Module annotations: simple names are recorded, other targets only run
# their own parts; the annotation itself is never evaluated.
m: int = 5
n: Dict[str, 'C']
(paren): 1 / 0
rec.field: 1 / 0
rec[calls.append('slice') or 0]: 1 / 0
print(__annotations__)
print(calls)

# exec, eval and compile inherit the feature from this module...
ns = {}
exec("def k(a: int, b: 'str') -> k: pass", ns)
print(ns['k'].__annotations__)
exec("class D:\n    v: int\n    w: undefined", ns)
print(ns['D'].__annotations__)
print(hex(eval("lambda: 0").__code__.co_flags & 0x1000000))
code = compile("def k(a: int) -> None: pass", "<src>", "exec")
print(hex(code.co_flags & 0x1000000))
# ...unless told not to.
code = compile("def k(a: int) -> None: pass", "<src>", "exec", dont_inherit=True)
print(hex(code.co_flags & 0x1000000))
exec(code, ns)
print(ns['k'].__annotations__)
code = compile("def k(a: int) -> None: pass", "<src>", "exec", annotations.compiler_flag, True)
exec(code, ns)
print(ns['k'].__annotations__, hex(code.co_flags & 0x1000000))


# typing resolves the strings.
class Node:
    next: Optional[Node]
    value: int

    def link(self, other: Node, count: int = 0) -> List[Node]:
        return [other]


Optional = typing.Optional
List = typing.List
print(typing.get_type_hints(Node))
print(typing.get_type_hints(Node.link))
