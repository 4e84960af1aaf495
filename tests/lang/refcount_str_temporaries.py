# str + str: a temporary left operand may grow in place, a variable's
# string grows in place only for s = s + t / s += t; no other name or
# container ever sees its string change, and counts stay CPython's.
import sys

base = "ab"
alias = base
t = base + "c" + "d" + str(5)
print(base, alias, t, sys.getrefcount(t), sys.getrefcount(base))

items = ["x" * 3, "y"]
u = items[0] + "-" + items[1] + "-" + items[0]
print(items, u, sys.getrefcount(items[0]))

s = "start"
keep = s
for i in range(5):
    s = s + str(i)
    s += "."
print(s, keep, sys.getrefcount(s))


def build(n):
    out = ""
    for k in range(n):
        out = out + "<" + str(k) + ">"
    return out


r = build(40)
print(len(r), r[:20], r[-12:], sys.getrefcount(r))
long = "z" * 200
grown = long + "!" + long
print(len(long), len(grown), grown.count("!"))
print(("p" + "q") + ("r" + "s"), "" + "" + "", ("é" + "x") + "ü")
