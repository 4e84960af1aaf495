# Changing a dict's size while iterating over it is a RuntimeError.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d) > 2)
