# An uncaught exception deep in nested calls.
def a(x):
    return b(x) * 2
def b(x):
    return c(x) + 1
def c(x):
    return [0][x]
print(a(0))
print(a(1))
