# An exception passes through finally blocks on its way out.
def inner():
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    outer()
except KeyError as e:
    print("caught", repr(e))
