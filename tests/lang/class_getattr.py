# __getattr__ is called only for missing attributes; __getattribute__ for all.
class Default:
    x = 1
    def __getattr__(self, name):
        return "default for " + name
d = Default()
print(d.x, d.y, d.anything)
class Logged:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        print("lookup", name)
        return object.__getattribute__(self, name)
l = Logged()
print(l.v)
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
