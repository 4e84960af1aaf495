# Missing keys raise KeyError carrying the key.
d = {"a": 1}
for key in ["b", 2, (1, 2), ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del KeyError:", e)
