# Objects still bound to module globals at exit are finalized in CPython 3.11's
# order: a collection while everything is alive, then the modules are dropped
# from sys.modules and the collector finalizes what only cycles through the
# namespace hold (names starting with one underscore are not special here,
# since the namespace dies as a whole).
# tally-gc-stress: skip (-X gc-stress collects at every allocation; the exit order follows the collector's lists, which that reorders)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class Node:
    def __init__(self, n, child=None): self.n = n; self.child = child
    def __del__(self): print('node', self.n)
w = [D('a'), D('b')]
x = D('x')
def gen():
    try:
        yield 1
    finally:
        print('gen finally')
g = gen(); next(g)
lst = [D('l1'), D('l2'), D('l3')]
n = Node('n1', Node('n2', Node('n3')))
d = {'x': D('dx'), 'y': [D('dy')]}
_private = D('_p')
__dunder = D('__d')
def f():
    return x
y = D('y')
cyc = [D('cyc')]
cyc.append(cyc)
print('end of program')
