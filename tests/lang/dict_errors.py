# The errors dicts raise, with CPython's messages.
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("q")
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    dict([(1, 2), (3, 4, 5)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([(1, 2), 7])
except TypeError as e:
    print("TypeError", e)
try:
    dict(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError", e)
try:
    d | [("k", 1)]
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)
d |= [("k", 1)]
print(d)
print(d.get("nope"), d.get("nope", 0), d.setdefault("s", []), d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(x=1, y=2), dict([("a", 1)], b=2))
