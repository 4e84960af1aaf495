# super() with no arguments in __init__ chains.
class Base:
    def __init__(self, a):
        print("Base init", a)
        self.a = a
class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        print("Mid init", b)
        self.b = b
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        print("Leaf init")
o = Leaf()
print(o.a, o.b)
