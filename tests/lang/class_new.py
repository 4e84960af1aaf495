# __new__ runs before __init__ and can return an existing object.
class Single:
    _instance = None
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Other())
