# Instance attributes shadow class attributes; deleting reveals the class one.
class C:
    v = "class"
    def m(self):
        return "method"
o = C()
o.v = "instance"
print(o.v)
del o.v
print(o.v)
o.m = lambda: "instance function"
print(o.m(), C.m(o))
