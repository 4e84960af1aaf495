# None, True and False: printing, repr, truth values, identity.
print(None)
print(True, False)
print(repr(None), repr(True))
print(type(None).__name__, type(True).__name__)
print(None is None, True is True, False is not True)
print(not None, not 0, not 1, not "", not "x", not [], not [0])
print(bool(None), bool(0.0), bool(-1), bool({}), bool({"k": 1}), bool(()), bool((0,)))
print(True + True, True * 3, False - 1)
print(True == 1, False == 0, True is 1 == 1)
x = None
if x is None:
    print("x is None")
print(str(True) + str(None))
