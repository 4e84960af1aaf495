# list.sort asks `<` about exactly the pairs CPython 3.11's timsort asks
# about, in the same order: random permutations of every size 0..200 (an
# in-program LCG makes them), each comparison logged by __lt__.  Small sizes
# print the pairs; every size prints how many comparisons there were, a
# digest of the pair sequence and the sorted order's digest.
from _sortlog import K, Stream, digest, log, order_digest

rand = Stream(12345)


def permutation(n):
    p = list(range(n))
    for i in range(n - 1, 0, -1):
        j = rand.below(i + 1)
        p[i], p[j] = p[j], p[i]
    return p


for n in range(201):
    items = [K(v, i) for i, v in enumerate(permutation(n))]
    log.clear()
    items.sort()
    assert [k.v for k in items] == list(range(n))
    if n <= 12:
        print(n, " ".join("%d<%d" % p for p in log))
    print(n, len(log), digest(log), order_digest(k.tag for k in items))
