# Functions returning tuples, unpacked by the caller.
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, -2, 9])
print(lo, hi, min_max([1]))
def stats(values):
    n = len(values)
    mean = sum(values) / n
    return n, mean, (lo, hi)
print(stats([1, 2, 3, 4]))
