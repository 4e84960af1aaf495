# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# The program of docs/lifetimes.md; its output there is this file's .out.
import sys, tally

x = []
print(sys.getrefcount(x))
tally.explain(x)

y = x
box = {'key': x}
print(sys.getrefcount(x))
tally.explain(x)

class Node:
    def __init__(self, parent):
        self.parent = parent

def build(root):
    node = Node(root)
    tally.explain(root)
    return node

n = build(x)
del y, box
tally.explain(x)

n.me = n
tally.explain(n)
for kind, text in tally.referrers(n):
    print(kind, '|', text)
