# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# graph() writes the references around objects as Graphviz DOT: counts on
# the nodes, the references named on the edges, cycles in red, roots
# (module namespaces, frames) as tabs; a .svg path is rendered by dot when
# it is installed, and otherwise says so.
import tally

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []

root = Node('root')
kid = Node('kid', root)
root.children.append(kid)
cache = {'user:7': kid}
PATH = '/tmp/tally_test_lifetimes_graph'

def show(n, depth):
    return tally.graph([n], PATH + '.dot', depth=depth)

def summary(path):
    """The picture, independent of the order nodes were found in."""
    labels, lines = {}, []
    for line in open(path).read().splitlines():
        line = line.strip()
        if ' [label=' in line and '->' not in line:
            name, rest = line.split(' [label=', 1)
            labels[name] = rest.split('"')[1].replace('\\n', ' / ')
            if 'shape=tab' in rest:
                labels[name] = 'ROOT ' + labels[name]
            if 'bold' in rest:
                labels[name] = 'GIVEN ' + labels[name]
    for line in open(path).read().splitlines():
        line = line.strip()
        if '->' in line:
            ends, rest = line.split(' [label=', 1)
            a, b = ends.split(' -> ')
            red = ' (cycle)' if 'color=red' in rest else ''
            lines.append(f"{labels[a]} -> {labels[b]}: {rest.split(chr(34))[1]}{red}")
    return sorted(lines)

print(show(kid, 1))
for line in summary(PATH + '.dot'):
    print(' ', line)
show(kid, 2)
print(len(summary(PATH + '.dot')))
tally.graph(cache, PATH + '.dot', depth=0)
print(summary(PATH + '.dot'))
tally.graph((root, kid), PATH + '.dot', depth=1)
print(sum(' (cycle)' in line for line in summary(PATH + '.dot')))

def exists(path):
    try:
        open(path, 'rb').close()
        return True
    except OSError:
        return False

try:
    tally.graph([kid], PATH + '.svg')
    print(open(PATH + '.svg').read().startswith('<?xml') and exists('/usr/bin/dot'))
except RuntimeError as exc:
    print('not installed' in str(exc) and not exists('/usr/bin/dot'))

for bad in [([kid],), ([kid], 5), ([kid], PATH, -1)]:
    try:
        tally.graph(*bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
