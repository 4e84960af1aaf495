# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# The program of docs/lifetimes.md, "Why alive" and "Watching one object"; its output there is this file's .out.
import sys, tally

class Capture:
    def write(self, text):
        sys.stdout.write('stderr: ' + text)

class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []

tree = Node()
leaf = Node(tree)
tree.children.append(leaf)
registry = {'leaf': leaf}
tally.why_alive(leaf, limit=3)

sys.stderr = Capture()
tally.watch(leaf)
other = leaf
del registry['leaf']
def visit(node):
    return node.parent
visit(leaf)
del other, leaf
tree.children.clear()
sys.stderr = sys.__stderr__
