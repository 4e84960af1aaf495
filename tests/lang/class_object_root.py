# object() is the root of every class.
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(1, object), issubclass(bool, object))
class C:
    pass
print(C.__bases__, C.__mro__, object.__bases__)
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str(object), repr(o)[:17])
