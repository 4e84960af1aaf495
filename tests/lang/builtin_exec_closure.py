# exec(code, globals, locals, closure=cells) runs a code object that has
# free variables with the given cells; CPython's checks of the closure.
import types


def make():
    a = 2
    b = 3

    def both():
        nonlocal a
        print("a*b =", a * b)
        a = 10
    return both


both = make()
exec(both.__code__, {}, closure=both.__closure__)
print(both.__closure__[0].cell_contents)
cells = (types.CellType(5), types.CellType(7))
exec(both.__code__, {}, {}, closure=cells)
print(cells[0].cell_contents, types.CellType().__repr__().endswith("empty>"))


def plain():
    return 1


for code, closure in [(plain.__code__, cells), (both.__code__, None), (both.__code__, cells[:1]),
                      (both.__code__, list(cells)), (both.__code__, (1, 2)), ("x = 1", cells)]:
    try:
        exec(code, {}, closure=closure)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.CellType(1, 2)
except TypeError as e:
    print("TypeError:", e)
