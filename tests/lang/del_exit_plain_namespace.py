# A module namespace that no cycle holds (no function or class defined in it) is
# released with its module, in insertion order; then the other modules' (the
# helper's objects, and what the program stored in it) after the collection.
from _del_exit_helper import D
import _del_exit_helper
w = [D('a'), D('b')]
x = D('x')
_u = D('_u')
y = D('y')
_del_exit_helper.extra = D('extra')
print('end of program')
