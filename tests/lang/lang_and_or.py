# and/or return one of their operands, not a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print(None or "default", "" or [] or 0)
print([] and 1, [1] and "yes")
print(None and 1 / 0)
print(1 or 1 / 0)
name = ""
print(name or "anonymous")
def side(tag, v):
    print("eval", tag)
    return v
print(side("a", 0) and side("b", 1))
print(side("c", 1) and side("d", 0) or side("e", "last"))
print(not (1 and 0), not 1 or 0)
