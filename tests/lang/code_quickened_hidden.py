# The dispatch loop rewrites hot instructions into specialised forms
# (docs/internals.md, "Quickening"); nothing a program can read shows
# them: co_code, code equality, marshal and the results stay the same,
# and a site whose operand types change keeps computing right.
import marshal


class P:
    def __init__(self, x):
        self.x = x


def hot(a, b, p):
    s = 0
    f = 0.0
    for i in range(200):
        s = s + i * a - b
        f = f + p.x * 0.5 - 1.25
    return s, f


before = hot.__code__.co_code
copy = hot.__code__.replace()
print(hot(3, 1, P(2.0)))
print(hot.__code__.co_code == before, hot.__code__ == copy)
again = marshal.loads(marshal.dumps(hot.__code__))
print(again == hot.__code__, again.co_code == before)


def mixed(a, b):
    return a + b, a * b, a - b


for args in [(1, 2)] * 5 + [(1.5, 2.5)] * 5 + [(1, 2.5), ("x", "y"), ([1], [2])]:
    try:
        print(mixed(*args))
    except TypeError as e:
        print("TypeError:", e)
print(mixed(2 ** 62, 2 ** 62))
print(mixed(7, -2), mixed(-7.5, 0.5))


def floordiv(a, b):
    return a // b, a % b


for args in [(7, 2)] * 3 + [(7, 0), (-7, 2), (7.5, 2.0)]:
    try:
        print(floordiv(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def div(a, b):
    return a / b


for args in [(1.0, 2.0)] * 3 + [(1.0, 0.0)]:
    try:
        print(div(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


class Q:
    def __init__(self):
        self.x = 1


def getx(o):
    return o.x


q = Q()
print([getx(q) for i in range(3)])
q.__dict__["x"] = 2
print(getx(q))
del q.x
try:
    getx(q)
except AttributeError as e:
    print("AttributeError:", e)
Q.x = property(lambda self: "prop")
print(getx(q))
