# sorted() makes a list and sorts it with list.sort's comparisons, keys and
# reverse; min() and max() compare on their own (one pass, `<` / `>`), and
# are unaffected by the sort.

from _sortlog import K, log


class KG(K):
    __slots__ = ()

    def __gt__(self, other):
        log.append("%d>%d" % (self.tag, other.tag))
        return self.v > other.v


vals = [(i * 29) % 71 for i in range(100)]
ks = [KG(v, i) for i, v in enumerate(vals)]


def run(title, f):
    log.clear()
    r = f()
    if isinstance(r, list):
        r = r[:15]
    print(title, r, len(log), " ".join(e if isinstance(e, str) else "%d<%d" % e for e in log[:40]))


run("sorted", lambda: sorted(ks))
run("sorted tuple", lambda: sorted(tuple(ks)))
run("sorted generator", lambda: sorted(k for k in ks))
run("sorted reverse", lambda: sorted(ks, reverse=True))
run("sorted key", lambda: sorted(range(100), key=lambda i: ks[i]))
run("min", lambda: min(ks))
run("max", lambda: max(ks))
run("min key", lambda: min(range(100), key=lambda i: ks[i]))
run("max default", lambda: max([], default=None))
run("list.sort", lambda: ks.copy().sort())
try:
    sorted(ks, ks)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(ks, cmp=None)
except TypeError as e:
    print("TypeError:", e)
