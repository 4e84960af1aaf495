# A keyword repeated in a call is a SyntaxError at its second use; a
# parenthesized annotated name without a value binds nothing; a module
# without annotations gives an empty __annotations__ dict, stored on read.
for src in ["f(1, x=2, *(3,4), x=5)", "f(x=1, x=2)", "f(x=1, **k, x=2)"]:
    try:
        compile(src, "<s>", "eval")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
no_such_global = None
del no_such_global
def f2bad():
    (no_such_global): int
    print(no_such_global)
try:
    f2bad()
except NameError as e:
    print(type(e).__name__, e)
print(f2bad.__code__.co_varnames)
import types
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"a": 1}
print(m.__annotations__)
del m.__annotations__
print("__annotations__" in m.__dict__)
