# Objects in a list are finalized when the list dies, first to last.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
items = [T(i) for i in range(4)]
print("clearing")
items = None
print("dict values")
d = {"x": T("x"), "y": T("y")}
del d["x"]
d.clear()
print("done")
