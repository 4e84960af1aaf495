# __setattr__ and __delattr__ intercept assignment and deletion.
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)
f = Frozen(3)
print(f.v)
for action in ["set", "del"]:
    try:
        if action == "set":
            f.v = 4
        else:
            del f.v
    except AttributeError as e:
        print("AttributeError:", e)
class Tracking:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
t = Tracking()
t.a = 1
t.a += 1
print(t.a)
