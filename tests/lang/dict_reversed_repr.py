# reversed() over dicts and views; repr of nested dicts.
d = {"first": 1, "second": [2, {"third": (3,)}], "": None}
print(list(reversed(d)), list(reversed(d.values()))[0])
print(d)
print(repr({"it's": "a \"quote\""}))
print({1: {}, 2: []})
