# globals() and locals() as dictionaries.
x = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(0))
g = globals()
print(g["x"], "f" in g, g["__name__"])
g["created_by_globals"] = 42
print(created_by_globals)
