# str and repr of values, including floats and nested strings.
print(str(123), str(-4.5), str(True), str(None), str([1, "a"]), str("s"))
print(repr(123), repr(-4.5), repr("s"), repr(["a", 'b"']), repr((1,)))
print(str(1e16), str(0.1), repr(1 / 3), str(-0.0), str(100.0))
