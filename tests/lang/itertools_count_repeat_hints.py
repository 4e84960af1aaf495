# max/min docstrings (functools.update_wrapper of a builtin), count() of
# complex numbers, repeat's __length_hint__, GenericAlias.__unpacked__ (what
# typing.get_type_hints reads).
import itertools, operator, functools
print(max.__doc__ == max.__doc__, max.__doc__.splitlines()[0], min.__doc__.splitlines()[-1])
def wrapper():
    pass
functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__doc__.startswith('max('))
print(list(itertools.islice(itertools.count(3.25-4j), 3)), list(itertools.islice(itertools.count(2, 3.25-4j), 3)))
print(operator.length_hint(itertools.repeat(None, 50)), operator.length_hint(itertools.repeat(None, 0)), operator.length_hint(itertools.repeat(None), 12))
r = itertools.repeat(1, 3); next(r); print(r.__length_hint__())
try: itertools.repeat(None).__length_hint__()
except TypeError as e: print(e)
try: itertools.count('a')
except TypeError as e: print(e)
print(list[int].__unpacked__, dict[str, int].__unpacked__)
import typing
def f(x: "list[int]"): pass
print(typing.get_type_hints(f))
