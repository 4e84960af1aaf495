# nonlocal rebinding two levels up, and shadowing.
def outer():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    result = mid()
    return x, result
print(outer())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    add(1); add(2); add(3)
    return total, items
print(acc())
