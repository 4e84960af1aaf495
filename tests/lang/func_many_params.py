# Many parameters and defaults, bound in order.
def f(a, b, c, d, e, f=6, g=7, h=8, i=9, j=10):
    return [a, b, c, d, e, f, g, h, i, j]
print(f(1, 2, 3, 4, 5))
print(f(1, 2, 3, 4, 5, 60, j=100))
print(f(j=0, i=0, h=0, g=0, f=0, e=0, d=0, c=0, b=0, a=0))
