# Arithmetic special methods, reflected and in-place operators.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
a = V(1, 2)
b = V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b))
c = a
c += b
print(a, c is a)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
