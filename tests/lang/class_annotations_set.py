# A class's __annotations__ can be replaced and deleted; a built-in type's not.
class C:
    x: int
print(C.__annotations__)
C.__annotations__ = {"y": str}
print(C.__annotations__)
del C.__annotations__
print(C.__annotations__)
del C.__annotations__
try:
    del C.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print(e)
class D: pass
print(D.__annotations__, '__annotations__' in D.__dict__)
