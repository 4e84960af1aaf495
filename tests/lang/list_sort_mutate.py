# Changing the list while it is being sorted: the list looks empty during
# the sort, what was added meanwhile is dropped, the sorted items are put
# back, and ValueError "list modified during sort" is raised -- unless a
# comparison already raised, whose exception wins.

target = []


class M:
    def __init__(self, v, action=None):
        self.v = v
        self.action = action

    def __lt__(self, other):
        if self.action:
            act, self.action = self.action, None
            act()
        return self.v < other.v

    def __repr__(self):
        return "M%d" % self.v


def show(title, run):
    try:
        run()
        print(title, "ok", target)
    except ValueError as e:
        print(title, "ValueError:", e, target)
    except IndexError as e:
        print(title, "IndexError:", e, target)


def seen():
    print("  during:", list(target), len(target))


target = [M(3), M(1, seen), M(2)]
show("look", target.sort)

target = [M(3), M(1, lambda: target.append(M(9))), M(2)]
show("append", target.sort)

target = [M(3), M(1, lambda: target.extend([M(8), M(9)])), M(2)]
show("extend", target.sort)

target = [M(3), M(1, lambda: target.clear()), M(2)]
show("clear", target.sort)

target = [M(3), M(1, lambda: target.pop()), M(2)]
show("pop", target.sort)

target = [M(3), M(1, lambda: target.sort()), M(2)]
show("sort inside", target.sort)


def append_then_empty():
    target.append(M(9))
    del target[:]


target = [M(3), M(1, append_then_empty), M(2)]
show("append then empty", target.sort)


def append_then_raise():
    target.append(M(9))
    raise IndexError("from __lt__")


target = [M(3), M(1, append_then_raise), M(2)]
show("append then raise", target.sort)

target = [3, 1, 2]
show("key appends", lambda: target.sort(key=lambda v: target.append(v) or -v))
target = [3, 1, 2]
show("key looks", lambda: target.sort(key=lambda v: print("  key sees", target) or v))

# Sorting a list that is long enough to merge, appending midway.
count = 0


def every(v):
    class Big:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            global count
            count += 1
            if count == 500:
                target.append(Big(-1))
            return self.v < other.v
    return Big(v)


target = [every((i * 37) % 101) for i in range(200)]
try:
    target.sort()
except ValueError as e:
    print("long: ValueError:", e, len(target), [b.v for b in target[:10]], count)
