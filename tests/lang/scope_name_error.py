# Unknown names raise NameError with CPython's message.
try:
    undefined_thing
except NameError as e:
    print("NameError:", e)
def f():
    return also_undefined + 1
try:
    f()
except NameError as e:
    print("NameError:", e)
