# AST node classes take any arguments to __new__ (a subclass's __new__ may
# pass them on); a decimal literal over sys.set_int_max_str_digits' limit is
# a SyntaxError with CPython's advice.
import ast, copy, pickle
class N(ast.Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = 'spam'
n = N(42)
print(n.n, n.z, type(n).__name__, isinstance(n, ast.Num))
c = ast.Constant.__new__(ast.Constant, 5, kind=None)
print(type(c).__name__, hasattr(c, 'value'))
print(ast.dump(copy.deepcopy(ast.parse("x = 1"))))
print(ast.dump(pickle.loads(pickle.dumps(ast.parse("f(a, *b)")))))
import sys
try:
    compile('x = ' + '3' * 4301, 's', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno)
sys.set_int_max_str_digits(4000)
print(ast.literal_eval('3' * 4000) % 7)
try:
    ast.literal_eval('3' * 4001)
except SyntaxError as e:
    print(e.msg)
print(eval('0x' + 'f' * 5000) % 1000)
