# Tuples compare element-wise and can be dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print((1, "a") < (1, "b"), () < (0,))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
