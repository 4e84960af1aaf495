# CPython's enum.py: Enum, IntEnum, Flag, auto, unique, StrEnum.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), len(Color), Color.BLUE in Color)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.__members__.keys())
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num(2), Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), Perm(7), bool(Perm(0)))
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, int(Bits.A | 4), Bits(3))
class Shape(StrEnum):
    SQUARE = auto()
    CIRCLE = "round"
print(Shape.SQUARE, Shape.CIRCLE.upper(), Shape("round"))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.gravity, Planet.EARTH.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
print(Color.RED == 1, hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.RED])
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
