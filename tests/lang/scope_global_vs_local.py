# Assignment anywhere in a function makes the name local there.
x = "global"
def reads():
    return x
def writes():
    x = "local"
    return x
def both():
    global x
    old = x
    x = "changed"
    return old
print(reads(), writes(), x)
print(both(), x, reads())
