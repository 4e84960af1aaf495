# NotImplemented and Ellipsis singletons.
print(NotImplemented, Ellipsis, ..., Ellipsis is ..., type(...).__name__, type(NotImplemented).__name__)
def todo():
    ...
print(todo())
print(int.__add__(1, "x"), (1).__eq__("a"))
