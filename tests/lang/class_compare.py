# Rich comparisons, sorting objects, and reflection of < to >.
class Ver:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
    def __lt__(self, o):
        return self.parts < o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return ".".join(str(p) for p in self.parts)
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") < Ver("1.1"), Ver("2.0") > Ver("1.9"), Ver("1.0") == Ver("1.0"))
try:
    Ver("1.0") <= Ver("1.1")
except TypeError as e:
    print("TypeError:", e)
