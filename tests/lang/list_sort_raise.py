# A comparison that raises stops the sort at once, and the list then holds
# every item exactly once, in the order CPython 3.11's sort leaves them:
# each merge puts the items it took out back into the gap before returning.
# A budget of comparisons is given before __lt__ raises; the list is
# printed after (in full for short lists, as a digest for long ones), also
# with key= and reverse=True.

from _sortlog import Stream, order_digest

rand = Stream(99).below


class Stop(Exception):
    pass


budget = 0
calls = 0


class K:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        global budget, calls
        calls += 1
        if budget == 0:
            raise Stop
        budget -= 1
        return self.v < other.v


def attempt(vals, allowed, **kw):
    global budget, calls
    items = [K(v, i) for i, v in enumerate(vals)]
    budget = allowed
    calls = 0
    try:
        if "key" in kw:
            items.sort(key=lambda k: k, reverse=kw.get("reverse", False))
        else:
            items.sort(reverse=kw.get("reverse", False))
        outcome = "done"
    except Stop:
        outcome = "Stop"
    order = [k.i for k in items]
    assert sorted(order) == list(range(len(vals)))
    return outcome, calls, order


# Short lists: binary insertion and count_run, every budget.
short = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]
for allowed in range(0, 30, 3):
    print("short", allowed, *attempt(short, allowed))
print("short reverse", *attempt(short, 11, reverse=True))
print("short key", *attempt(short, 11, key=True))

# Long lists: failures inside merge_lo, merge_hi and galloping.
shapes = {
    "random": [rand(1000) for _ in range(300)],
    "two-runs": list(range(0, 400, 2)) + list(range(1, 200, 2)),
    "runs-down": [x for r in range(6) for x in range(r * 50 + 49, r * 50 - 1, -1)][::-1],
    "dups": [rand(5) for _ in range(260)],
}
for name, vals in shapes.items():
    full = attempt(vals, 10 ** 9)[1]
    for frac in (1, 3, 5, 7, 9):
        allowed = full * frac // 10
        outcome, calls_made, order = attempt(vals, allowed)
        print(name, allowed, outcome, calls_made, order_digest(order), order[:12])
    outcome, calls_made, order = attempt(vals, full // 2, reverse=True)
    print(name, "reverse", outcome, calls_made, order_digest(order), order[:12])
    outcome, calls_made, order = attempt(vals, full // 2, key=True, reverse=True)
    print(name, "key reverse", outcome, calls_made, order_digest(order), order[:12])


# The exception propagates as it is, with sorted() too.
class Bad:
    def __lt__(self, other):
        raise ZeroDivisionError("in __lt__")


try:
    sorted([Bad(), Bad()])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
