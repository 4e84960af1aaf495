# Decorators apply bottom-up and run at definition time.
def tag(name):
    print("making", name)
    def deco(f):
        print("applying", name)
        def w():
            return name + "(" + f() + ")"
        return w
    return deco
@tag("outer")
@tag("inner")
def base():
    return "base"
print(base())
