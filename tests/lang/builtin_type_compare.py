# type() returns the class object; classes compare by identity.
print(type(1) is int, type(True) is bool, type(True) is int)
print(type([]) == type([1]), type({}) is dict, type(()) is tuple)
print(type(range(1)) is range, type("") is str, type(1.5) is float)
print(type(1)(7), type("x")(5), type([])("ab"))
