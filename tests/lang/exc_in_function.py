# Exceptions propagate through several calls until handled.
def level3(x):
    return 10 // x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return -1
print(level1(5), level1(0))
