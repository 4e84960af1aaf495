# repr of tuples: empty, single, nested, with strings.
print((), (1,), ((),), (("a",),), (1, (2, (3,))), ("x", 'y"', "z'"))
print(repr((1.0, None, True)), str((1, [2])))
