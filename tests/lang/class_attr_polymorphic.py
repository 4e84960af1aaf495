# One attribute site that sees many classes in turn (the inline cache
# refilled from the second-level cache), with shadowing, deletion,
# properties and class changes between rounds.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class A(Base):
    kind = "a"


class B(Base):
    def get(self):
        return -self.v


class C(Base):
    @property
    def v2(self):
        return self.v * 2


class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + 100


def read(objs):
    out = []
    for o in objs:
        out.append((o.v, o.get(), getattr(o, "kind", None)))
    return out


objs = [Base(1), A(2), B(3), C(4), S(5)]
for round in range(3):
    print(read(objs))
    if round == 0:
        objs[1].kind = "instance"
        A.get = lambda self: "patched"
    if round == 1:
        del objs[1].kind
        C.v = property(lambda self: "prop", lambda self, x: None)
        objs[0].w = 1
del C.v
print([o.v2 for o in [C(1), C(2)]])


def stores(objs):
    for i, o in enumerate(objs):
        o.v = i * 10
    return [o.v for o in objs]


print(stores([Base(0), A(0), C(0), S(0)]))
C.v = property(lambda self: 7)
try:
    stores([B(0), C(0)])
except AttributeError as e:
    print("AttributeError:", e)
