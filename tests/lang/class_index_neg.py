# __index__ lets an object be used as an index; unary operators.
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __repr__(self):
        return f"Num({self.v})"
lst = ["a", "b", "c", "d"]
print(lst[Idx(1)], lst[Idx(-1)], lst[Idx(1):Idx(3)], hex(Idx(255)), range(10)[Idx(3)])
print(-Num(5), +Num(-5), ~Num(5))
