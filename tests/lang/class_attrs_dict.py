# Instance and class __dict__, __class__, __name__, __module__, __qualname__.
class Box:
    kind = "box"
    def __init__(self, v):
        self.v = v
    class Inner:
        pass
b = Box(1)
b.extra = "e"
print(b.__dict__, b.__class__ is Box, Box.__name__, Box.__module__)
print(Box.__qualname__, Box.Inner.__qualname__, Box.Inner.__name__)
print(sorted(k for k in Box.__dict__ if not k.startswith("__")))
print("kind" in Box.__dict__, "kind" in b.__dict__)
