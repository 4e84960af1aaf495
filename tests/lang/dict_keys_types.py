# Keys of different types; equal numbers are the same key.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "true"
d[(1, 2)] = "tuple"
d["1"] = "str one"
d[None] = "none"
d[-0.0] = "zero"
d[0] = "int zero"
print(d, len(d))
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {}[{"a": 1}]
except TypeError as e:
    print("TypeError:", e)
