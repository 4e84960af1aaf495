# Uncaught NameError for a name with no close match.
def f():
    return qqqzzz * 2
print(f())
