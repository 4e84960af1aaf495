# Helpers of the list_sort_* programs: a deterministic pseudo-random
# stream, keys that log every `<` asked of them, and digests of such logs.


class Stream:
    """The classic C-library LCG: the same numbers under any interpreter."""

    def __init__(self, seed):
        self.seed = seed

    def below(self, n):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return (self.seed >> 8) % n


# Every K appends (its tag, the other's tag) here when asked `<`; programs
# clear it, never rebind it.
log = []


class K:
    """A key ordered by v, named by tag, that logs each `<`."""

    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return str(self.tag)


def digest(pairs):
    """A number that changes when any pair of small ints, or their order, does."""
    h = 0
    for a, b in pairs:
        h = (h * 31337 + a * 4099 + b + 1) % 1000000007
    return h


def order_digest(tags):
    return digest(enumerate(tags))
