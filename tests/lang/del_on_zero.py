# __del__ runs the moment the last reference goes away.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
a = Res("a")
b = a
print("del a")
del a
print("del b")
del b
print("rebinding")
c = Res("c1")
c = Res("c2")
print("end of program")
