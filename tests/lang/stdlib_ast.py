# CPython's ast.py over tally's _ast: parse, dump, unparse, literal_eval,
# walk, visitors, location helpers, compile() of a tree.
import ast

src = '''
def greet(name: str, *, loud=False) -> str:
    """Say hello."""
    msg = f"hello {name!r:>10}"
    return msg.upper() if loud else msg

class Point:
    x: int = 0
    def __init__(self, x): self.x = x
'''
tree = ast.parse(src)
print(ast.dump(tree.body[0].args, indent=2))
print(ast.dump(ast.parse('a[1:2, ...] = -b ** 2', mode='exec'), include_attributes=True))
print(ast.unparse(tree))
print(ast.get_docstring(tree.body[0]))
print(ast.literal_eval("{'a': [1, 2.5, -3j, (None, True)], 'b': {1, 2}, 'c': b'x'}"))
for bad in ("__import__('os')", "1 + x"):
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0])
print(sorted({type(n).__name__ for n in ast.walk(tree)}))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Name(self, node):
        self.found.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))


v = Names()
v.visit(tree)
print(v.found)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t = Double().visit(ast.parse('x = 1 + 2 * y'))
print(ast.unparse(t))
code = compile(ast.fix_missing_locations(t), '<ast>', 'exec')
ns = {'y': 5}
exec(code, ns)
print(ns['x'])
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), '<ast>', 'eval')))
t2 = ast.parse('a\nb')
ast.increment_lineno(t2, 10)
print([n.lineno for n in t2.body])
print(ast.dump(ast.parse('x: int', type_comments=False)))
print(type(ast.parse('1', mode='eval')).__name__, type(ast.parse('1;2', mode='single')).__name__)
try:
    ast.parse('x = = 1')
except SyntaxError as err:
    print('SyntaxError', err.lineno, err.offset)
print(ast.get_source_segment(src, tree.body[0].body[1]))
# compile() of a tree keeps the tree's positions: tracebacks name its lines.
src2 = '\n\ndef g(x):\n    y = x + 1\n\n    return 1 / (y - 2)\n'
ns = {}
exec(compile(ast.parse(src2), 'orig.py', 'exec'), ns)
try:
    ns['g'](1)
except ZeroDivisionError as err:
    tb = err.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('ZeroDivisionError at line', tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_firstlineno)
bare = ast.parse('x = 1')
bare.body.append(ast.Expr(ast.Name('x', ast.Load())))
try:
    compile(bare, '<bare>', 'exec')
except TypeError as err:
    print('TypeError:', err)
try:
    compile(ast.parse('1', mode='eval'), '<m>', 'exec')
except TypeError as err:
    print('TypeError:', err)
