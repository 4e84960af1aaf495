# A slot's wrapper that leads straight back to itself, with no Python frame
# in between, ends in RecursionError rather than a C stack overflow.
class Foo:
    pass
Foo.__repr__ = Foo.__str__
foo = Foo()
for f in (str, repr, format):
    try:
        f(foo)
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)

class Bar:
    pass
Bar.__str__ = Bar.__format__
Bar.__format__ = lambda self, spec: object.__str__(self)
try:
    str(Bar())
except TypeError as e:
    print("TypeError:", e)
print("end")
