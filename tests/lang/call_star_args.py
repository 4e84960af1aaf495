# *args collects extra positionals into a tuple.
def f(a, *args):
    return a, args
print(f(1), f(1, 2, 3), f(*[4, 5]), f(*"ab"), f(0, *range(3)))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*[10] * 4))
