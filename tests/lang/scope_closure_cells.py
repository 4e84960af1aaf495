# Closures share a variable with their enclosing function, not a copy.
def make():
    value = 1
    def get():
        return value
    def bump():
        nonlocal value
        value += 10
    value = 5
    return get, bump
get, bump = make()
print(get())
bump()
print(get())
bump()
print(get())
