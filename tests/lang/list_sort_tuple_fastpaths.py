# Sorting tuple keys and str keys: the items of exact str, int and float
# are compared in place; subclasses, big ints, NaN and mixed types still
# go through the protocol, and their calls and errors are those of CPython.
import random

r = random.Random(9)
words = ["".join(r.choice("abcé\u4e00xyz") for _ in range(r.randint(0, 20))) for _ in range(300)]
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))
print(sorted(words)[:5], sorted(words)[-3:])
longw = ["p" * 30 + w for w in words]
print(sorted(longw) == ["p" * 30 + w for w in sorted(words)])
print(sorted(["b", "a", "", "ab", "a\x00", "a\x00b", "\uffff", "\U0001f600"]))

rows = [(r.randint(0, 5), r.random(), "k%d" % r.randint(0, 9)) for _ in range(500)]
s1 = sorted(rows, key=lambda t: (t[0], -t[1], t[2]))
s2 = sorted(rows, key=lambda t: (t[0] * 1.0, -t[1], t[2]))
print(s1 == s2, s1[:2])
big = [(10 ** 30 + r.randint(0, 3), r.randint(0, 3)) for _ in range(50)]
print(sorted(big)[:3])
mixed = [(r.choice([1, 1.0, True, 2 ** 70, 2.5]), i) for i in range(40)]
print(sorted(mixed))

nan = float("nan")
print(sorted([(nan, 2), (nan, 1), (1.0, 3), (nan, 0)], key=lambda t: t))
print(sorted([(float("nan"), 2), (float("nan"), 1), (1.0, 3)]))

log = []
class S(str):
    def __eq__(self, other):
        log.append(("eq", str(self), str(other)))
        return str.__eq__(self, other)
    def __lt__(self, other):
        log.append(("lt", str(self), str(other)))
        return str.__lt__(self, other)
    __hash__ = str.__hash__
keys = [(S("b"), 1), (S("a"), 2), (S("b"), 0), (S("a"), 1)]
print(sorted(keys))
print(len(log), sorted(set(x[0] for x in log)))
log.clear()
print(sorted([S("d"), S("c"), S("e")]), len(log))

class I(int):
    def __eq__(self, other):
        raise ValueError("no eq for %d" % self)
    __hash__ = int.__hash__
try:
    sorted([(I(1), 2), (I(1), 1)])
except ValueError as e:
    print("ValueError", e)
print(sorted([(I(1), 2), (I(2), 1)], key=lambda t: t[1]))

class F(float):
    def __lt__(self, other):
        return NotImplemented
try:
    sorted([(1, F(2.0)), (1, F(1.0))])
except TypeError as e:
    print("TypeError", e)

calls = 0
def key(t):
    global calls
    calls += 1
    if calls == 7:
        raise KeyError("mid-way")
    return (t % 3, str(t))
data = list(range(20))
try:
    data.sort(key=key)
except KeyError as e:
    print("KeyError", e, data == list(range(20)))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, 2), (1,), (1, 2, 0), ()]))
