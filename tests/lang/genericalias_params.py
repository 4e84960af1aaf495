# types.GenericAlias as CPython 3.11 has it: __parameters__, substitution
# (TypeVar, TypeVarTuple), *alias (PEP 646), __mro_entries__, pickling,
# the origin's attributes, and isinstance refusing a parameterized generic.
from typing import TypeVar, TypeVarTuple
import pickle, copy
T = TypeVar("T"); K = TypeVar("K"); Ts = TypeVarTuple("Ts")
a = dict[K, list[T]]
print(a, a.__parameters__, a[str, int], a[str, int].__parameters__)
print(list[int].__name__, list[int].__qualname__, list[int].__module__, list[int].__origin__)
try: list[int][int]
except TypeError as e: print(e)
try: a[int]
except TypeError as e: print(e)
try: a[int, int, int]
except TypeError as e: print(e)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
s = [*tuple[int, str]][0]
print(s, s.__unpacked__, s.__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print(tuple[int, *tuple[str, ...]])
print(pickle.loads(pickle.dumps(list[int])), pickle.loads(pickle.dumps(s)), copy.copy(s) == s)
print(tuple[*Ts], tuple[*Ts].__parameters__, tuple[*Ts][int, str], tuple[T, *Ts][int, str, bytes])
print(list[int] == list[int], list[int] == s, hash(list[int]) == hash(list[int]))
print('append' in dir(list[int]), '__origin__' in dir(list[int]))
print(list[T][tuple[int, str]])
print(dict[T, T][int])
def f(*args: *Ts): pass
print(f.__annotations__)
