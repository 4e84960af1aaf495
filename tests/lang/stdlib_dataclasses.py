# dataclasses: generated __init__/__repr__/__eq__/order, fields, asdict,
# replace, frozen, __post_init__, InitVar, default_factory.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0
    scaled: float = field(init=False, repr=False)

    def __post_init__(self, factor):
        self.scaled = self.value * factor


p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2))
p.tags.append('a')
print(asdict(p), astuple(p), [f.name for f in fields(p)])
print(replace(p, y=5))
print(sorted([Version(1, 2), Version(0, 9), Version(1)]))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(hash(v) == hash(Version(3)))
s = Scaled(2.0, 3.0)
print(s, s.scaled)
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(int))
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
C = dataclasses.make_dataclass('C', [('a', int), ('b', str, field(default='z'))])
print(C(1))


@dataclass(slots=True, kw_only=True)
class Slotted:
    a: int
    b: int = 2


print(Slotted(a=1), Slotted.__slots__)
