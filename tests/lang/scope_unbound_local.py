# Reading a local before assignment raises UnboundLocalError.
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
    return x
print(f())
def g():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(g())
print(isinstance(UnboundLocalError("u"), NameError))
