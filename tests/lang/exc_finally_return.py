# finally runs when the try block returns, breaks or continues.
def f():
    try:
        return "from try"
    finally:
        print("finally in f")
print(f())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally in g")
print(g())
