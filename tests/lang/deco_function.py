# Function decorators, stacked, with and without arguments.
def loud(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args)
        return f(*args, **kwargs)
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco
@loud
def add(a, b):
    return a + b
@repeat(3)
@loud
def hi(name):
    return "hi " + name
print(add(1, 2))
print(hi("bob"))
