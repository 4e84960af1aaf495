# collections.deque: the exceptions CPython 3.11 raises, and what counts as
# mutating a deque under a running iterator.
from collections import deque


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)


d = deque([1, 2, 3])
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: d[5])
attempt("negative range", lambda: d[-4])
attempt("slice", lambda: d[1:2])
attempt("str index", lambda: d["a"])
attempt("huge index", lambda: d[2 ** 100])
attempt("set range", lambda: d.__setitem__(7, 1))
attempt("del range", lambda: d.__delitem__(-7))
attempt("remove missing", lambda: d.remove(9))
attempt("index missing", lambda: d.index(9))
attempt("index window", lambda: d.index(3, 0, 2))
attempt("index bad start", lambda: d.index(2, "a"))
attempt("maxlen negative", lambda: deque(maxlen=-1))
attempt("maxlen str", lambda: deque(maxlen="a"))
attempt("maxlen float", lambda: deque(maxlen=2.0))
attempt("maxlen huge", lambda: deque(maxlen=2 ** 70))
attempt("too many args", lambda: deque([1], 2, 3))
attempt("bad keyword", lambda: deque(foo=1))
attempt("not iterable", lambda: deque(1))
attempt("hash", lambda: hash(d))
attempt("full insert", lambda: deque([1, 2], maxlen=2).insert(0, 5))
attempt("rotate str", lambda: d.rotate("a"))
attempt("rotate two", lambda: d.rotate(1, 2))
attempt("compare list", lambda: d < [1])
attempt("concat list", lambda: d + [1])
attempt("list concat", lambda: [1] + d)
attempt("mul str", lambda: d * "a")
attempt("pop arg", lambda: d.pop(1))
attempt("append none", lambda: d.append())
attempt("insert one", lambda: d.insert(1))
attempt("extend int", lambda: d.extend(1))
attempt("set maxlen", lambda: setattr(d, "maxlen", 3))
print(d)


# Which operations invalidate an iterator that has started.
def under_iterator(label, change):
    y = deque([1, 2, 3])
    it = iter(y)
    next(it)
    change(y)
    attempt(label, lambda: next(it))


under_iterator("append", lambda y: y.append(4))
under_iterator("appendleft", lambda y: y.appendleft(4))
under_iterator("pop", lambda y: y.pop())
under_iterator("popleft", lambda y: y.popleft())
under_iterator("clear", lambda y: y.clear())
under_iterator("rotate", lambda y: y.rotate(1))
under_iterator("rotate 0", lambda y: y.rotate(0))
under_iterator("insert", lambda y: y.insert(1, 9))
under_iterator("delitem", lambda y: y.__delitem__(1))
under_iterator("remove", lambda y: y.remove(3))
under_iterator("extendleft", lambda y: y.extendleft([5]))
under_iterator("init", lambda y: y.__init__([1, 2, 3]))
under_iterator("imul 2", lambda y: y.__imul__(2))
under_iterator("setitem", lambda y: y.__setitem__(1, 9))
under_iterator("reverse", lambda y: y.reverse())
under_iterator("extend empty", lambda y: y.extend([]))
under_iterator("imul 1", lambda y: y.__imul__(1))

# After the error the iterator is exhausted.
y = deque([1, 2])
it = iter(y)
y.append(3)
attempt("first next", lambda: next(it))
attempt("second next", lambda: next(it))
rit = reversed(y)
next(rit)
y.popleft()
attempt("reversed", lambda: next(rit))

# A for loop that appends.
try:
    loop = deque([1])
    for v in loop:
        loop.append(v)
except RuntimeError as e:
    print("loop", e)


# Comparisons that change the deque while it is being searched.
class Clears:
    def __eq__(self, other):
        victim.clear()
        return False


victim = deque([Clears(), 1, 2])
attempt("count", lambda: victim.count(1))
victim = deque([Clears(), 1, 2])
attempt("index", lambda: victim.index(1))
victim = deque([Clears(), 1, 2])
attempt("remove", lambda: victim.remove(1))
victim = deque([Clears(), 1, 2])
attempt("contains", lambda: 1 in victim)


class Boom:
    def __eq__(self, other):
        raise ValueError("boom")


attempt("eq raises", lambda: deque([Boom()]).count(1))
attempt("compare raises", lambda: deque([Boom()]) == deque([0]))
