def ratio(a, b):
    return a["x"] / b["y"]

rows = [{"x": 1, "y": 0}]
print([ratio(r, r) for r in rows])
