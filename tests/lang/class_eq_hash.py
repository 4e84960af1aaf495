# __eq__ without __hash__ makes instances unhashable; with both they work as keys.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
class H(P):
    def __hash__(self):
        return hash(self.x)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
d = {H(1): "one"}
print(d[H(1)], H(1) in d, H(2) in d, len({H(1), H(1), H(2)}))
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
