# Basic try/except: the handler runs, execution continues after it.
try:
    print("before")
    1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught ZeroDivisionError")
print("after")
try:
    x = [1][3]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)
try:
    int("x")
except TypeError:
    print("wrong handler")
except ValueError:
    print("second handler")
