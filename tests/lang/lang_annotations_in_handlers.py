# A module or class body that annotates anything anywhere outside a nested
# scope sets up __annotations__ before its first statement, as CPython's
# compiler does: an annotation inside an except or except* clause (which
# need not run), one after other statements, one of an attribute or item.
try:
    pass
except* ValueError:
    x: int = 1
print("__annotations__" in dir(), __annotations__)

class C:
    try:
        pass
    except KeyError:
        y: str = "never"
print("__annotations__" in C.__dict__, C.__annotations__)

class D:
    try:
        raise KeyError
    except KeyError:
        z: float = 1.5
print(D.__annotations__, D.z)

class Later:
    "doc"
    a = 1
    b: int = 2
print(list(Later.__dict__)[:3], Later.__annotations__)

class Attr:
    d = {}
    d["k"]: int = 1
print(Attr.__dict__.get("__annotations__"), Attr.d)
