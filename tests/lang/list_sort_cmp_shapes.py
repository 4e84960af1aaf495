# The comparisons of list.sort on inputs with structure, where CPython's
# timsort finds natural runs, reverses strictly descending ones, extends
# short ones by binary insertion, merges by the powersort policy and
# gallops: sorted, reversed, runs up and down, few distinct values,
# sawtooth, organ pipe, a few swaps, all equal.  Each prints the number of
# comparisons and digests of the pairs and of the resulting order.

from _sortlog import K, Stream, digest, log, order_digest

rand = Stream(2024).below


def runs(n, up_only):
    v = []
    while len(v) < n:
        seg = sorted(rand(1000) for _ in range(1 + rand(90)))
        if not up_only and rand(2):
            seg.reverse()
        v.extend(seg)
    return v[:n]


def swaps(n, k):
    v = list(range(n))
    for _ in range(k):
        i, j = rand(n), rand(n)
        v[i], v[j] = v[j], v[i]
    return v


shapes = [
    ("sorted", lambda n: list(range(n))),
    ("reversed", lambda n: list(range(n, 0, -1))),
    ("reversed-dups", lambda n: [x // 3 for x in range(n, 0, -1)]),
    ("runs-up", lambda n: runs(n, True)),
    ("runs-both", lambda n: runs(n, False)),
    ("few-values", lambda n: [rand(4) for _ in range(n)]),
    ("sawtooth", lambda n: [x % 37 for x in range(n)]),
    ("organ-pipe", lambda n: list(range(n // 2)) + list(range(n - n // 2, 0, -1))),
    ("swaps", lambda n: swaps(n, 5)),
    ("all-equal", lambda n: [7] * n),
    ("sorted+random-tail", lambda n: list(range(n - 20)) + [rand(n) for _ in range(20)]),
    ("interleaved", lambda n: [x if x % 2 else n - x for x in range(n)]),
]

for name, make in shapes:
    for n in (1, 2, 3, 63, 64, 65, 128, 250, 700):
        vals = make(n)
        items = [K(v, i) for i, v in enumerate(vals)]
        log.clear()
        items.sort()
        assert [k.v for k in items] == sorted(vals)
        print(name, n, len(log), digest(log), order_digest(k.tag for k in items))

# A short case printed in full: two ascending runs, so merge_lo gallops.
vals = list(range(0, 80, 2)) + list(range(1, 160, 2))
items = [K(v, i) for i, v in enumerate(vals)]
log.clear()
items.sort()
print(" ".join("%d<%d" % p for p in log))
