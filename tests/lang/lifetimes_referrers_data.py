# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# referrers() returns the same entries as data: (kind, description) tuples,
# as many as the count, none of them unattributed for these holders.
import sys, tally

class Box:
    pass

def check(label, obj):
    entries = tally.referrers(obj)
    # Both referrers() and sys.getrefcount() count their own argument.
    kinds = sorted(kind for kind, text in entries)
    print(label, len(entries) == sys.getrefcount(obj), kinds)

items = [[] for i in range(3)]
check("list item", items[1])
b = Box()
b.attr = items[2]
check("attribute", items[2])
check("class", Box)
d = {}
d['k'] = d
check("dict in itself", d)
def make():
    cell = []
    def f():
        return cell
    return f
f = make()
check("cell content", f.__closure__[0].cell_contents)
check("function", f)
entries = tally.referrers(b)
print(type(entries).__name__, all(type(e) is tuple and len(e) == 2 for e in entries))
for kind, text in entries:
    print(kind, '|', text)
try:
    tally.referrers()
except TypeError as exc:
    print(exc)
