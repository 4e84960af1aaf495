# A function's __globals__, __closure__, __builtins__, __doc__ and __module__
# are member_descriptors as in CPython (types.MemberDescriptorType), which is
# how dataclasses tells a __slots__ field from a default.
import types, inspect
from dataclasses import dataclass
def f(): pass
for a in ('__globals__', '__closure__', '__builtins__', '__doc__', '__module__'):
    d = type(f).__dict__[a]
    print(a, type(d).__name__, isinstance(d, types.MemberDescriptorType), inspect.ismemberdescriptor(d))
print(repr(type(f).__dict__['__globals__']))
for attr in ('__globals__', '__closure__'):
    try:
        setattr(f, attr, {})
    except AttributeError as e:
        print(attr, e)
f.__doc__ = 'doc'
print(f.__doc__)

@dataclass(slots=True)
class Base:
    x: int

@dataclass
class Derived(Base):
    y: int

print(Derived(1, 2), Base.__slots__)

@dataclass(slots=True)
class C:
    x: int
    y: int = 3
print(C(1), C.__dict__['x'].__class__.__name__)
try:
    C(1).z = 1
except AttributeError as e:
    print("AttributeError", e)
