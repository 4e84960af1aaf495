# Binary search over a sorted list, including misses at both ends.
def search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 200, 3))
for t in [0, 3, 99, 100, 198, -5, 500]:
    print(t, search(data, t))
