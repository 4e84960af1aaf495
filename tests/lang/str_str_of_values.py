# str() and repr() of each core value, and nested containers.
vals = [1, -2.5, True, None, "s", [1, "a"], (1,), (), {"a": [1, (2, "b")]}, range(1, 5, 2)]
for v in vals:
    print(str(v), repr(v))
print(str(), str(str("x")), str(12345678901234567890))
