# callable, vars and dir on user objects.
class C:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        pass
c = C()
print(callable(c), callable(C), callable(c.method), callable(len), callable(1), callable(None))
print(vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
print("append" in dir([]), "__len__" in dir([]), dir(c) == sorted(dir(c)))
