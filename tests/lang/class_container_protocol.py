# __len__, __getitem__, __setitem__, __delitem__, __contains__, __bool__.
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.items
b = Bag()
print(len(b), bool(b))
b["a"] = 1
b["b"] = 2
print(len(b), b["a"], "a" in b, "z" in b, bool(b))
del b["a"]
print(len(b))
try:
    b["zz"]
except KeyError as e:
    print("KeyError:", e)
class Falsy:
    def __bool__(self):
        return False
print(bool(Falsy()), "yes" if Falsy() else "no", not Falsy())
