# __enter__ and __exit__ called explicitly, and via with.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et)
        return False
r = Res("r")
with r as val:
    print("inside", val)
print("after")
