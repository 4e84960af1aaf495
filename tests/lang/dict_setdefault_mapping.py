# dict.setdefault looks the key up once (one __hash__, at most one __eq__), and
# the views' .mapping is a read-only proxy of their dict.
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
print(y.setdefault(hashed2, []), y.setdefault(hashed1, 0))
print(hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)
d = {"a": 1}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(type(m).__name__, m, m["a"])
d["b"] = 2
print(d.keys().mapping == d)
try:
    d.keys().mapping["c"] = 3
except TypeError as e:
    print(e)
