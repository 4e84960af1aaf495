# Nested functions see enclosing variables; closures outlive their frame.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def make_adders():
    adders = []
    for n in range(3):
        def add(v, n=n):
            return v + n
        adders.append(add)
    return adders
print([f(10) for f in make_adders()])
