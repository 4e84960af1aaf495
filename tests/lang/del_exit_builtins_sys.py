# At exit what a program added to builtins goes first (CPython restores the
# builtins namespace before the collection, and the destructor still sees the
# program's globals and print); what sys holds goes when sys is cleared.
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print('del', self.n, 'sees', type(x).__name__, type(sys).__name__)
x = D('x')
import builtins
builtins.bk = D('in-builtins')
sys.keep = D('in-sys')
print('end of program')
