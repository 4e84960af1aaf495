# Returning NotImplemented falls back to the reflected method, then TypeError.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", type(o).__name__)
        return self.__add__(o)
    def __eq__(self, o):
        if not isinstance(o, Meters):
            return NotImplemented
        return self.v == o.v
print((Meters(1) + Meters(2)).v, (Meters(1) + 5).v, (5 + Meters(1)).v)
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != Meters(2))
print(sum([Meters(1), Meters(2)], Meters(0)).v)
