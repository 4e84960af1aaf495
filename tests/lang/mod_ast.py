# The _ast module (what CPython's ast.py imports): the node classes of
# Python 3.11's ASDL, and compile(..., PyCF_ONLY_AST) trees with CPython's
# positions (columns in UTF-8 bytes).
import _ast

print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(_ast.Name._fields, _ast.Name.__match_args__, _ast.Name._attributes)
print(_ast.arguments._fields, _ast.arguments._attributes, _ast.keyword._attributes)
print(_ast.Name.__doc__)
print(_ast.expr_context.__doc__)
print(_ast.mod.__doc__)
print(_ast.Return().value, _ast.Constant.kind, _ast.expr.end_lineno, _ast.arg.type_comment)
print(_ast.Name.__mro__)
print(_ast.Name.__module__, _ast.AST.__module__, _ast.AST._fields)
print([c.__name__ for c in _ast.cmpop.__subclasses__()])
print(issubclass(_ast.MatchAs, _ast.pattern), issubclass(_ast.ExceptHandler, _ast.excepthandler))
names = sorted(n for n in dir(_ast) if not n.startswith('_'))
print(len(names), names[:8])

n = _ast.Name('x', _ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, n.__dict__.keys())
for bad in (lambda: _ast.Load(1), lambda: _ast.Expr(1, 2), lambda: _ast.Name('x', id='y')):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    _ast.Name().id
except AttributeError as e:
    print('AttributeError:', e)
cls, args, state = _ast.Name('y', lineno=2).__reduce__()
print(cls.__name__, args, state)
print(_ast.Load().__reduce__()[2])


def dump(node, depth=0):
    """ast.dump(node, include_attributes=True), written out here."""
    if isinstance(node, _ast.AST):
        parts = []
        for name in node._fields + node._attributes:
            try:
                value = getattr(node, name)
            except AttributeError:
                continue
            if value is None and getattr(type(node), name, ...) is None:
                continue
            parts.append(f'{name}={dump(value, depth + 1)}')
        return f'{type(node).__name__}({", ".join(parts)})'
    if isinstance(node, list):
        return '[' + ', '.join(dump(x, depth + 1) for x in node) + ']'
    return repr(node)


def show(src, mode='exec'):
    print(dump(compile(src, '<test>', mode, _ast.PyCF_ONLY_AST)))


show("x = f(1, *a, k=2, **kw) + y[1:2, ::3]\n")
show("s = 'héllo' + nom_é\n")
show("@dec(1)\nasync def f(a, /, b: int = 2, *c, d, e=3, **g) -> str:\n    await x\n    return [i async for i in y if i]\n")
show("class C(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def m(self): yield from g()\n")
show("try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nelse:\n    del a.b, c[0]\nfinally:\n    global q\n")
show("match p:\n    case [1, *rest] | {'k': v, **kw}: pass\n    case Point(x=0, y=_) if x > 0: pass\n    case None | -1 | 2+3j | a.b as z: pass\n")
show("f'{x!r:>{w}} and {y=}'\n")
show("with open(f) as g, h: import a.b as c\nfrom .. import d, e as f\nwhile not a < b <= c is not d: break\nelse: continue\n")
show("lambda x, *y, **z: (x if y else z, {1: 2, **w}, {3}, {k: v for k, v in d}, (g for g in h))", 'eval')
show("a; b = c = d\n", 'single')
show("x += 1\nassert x, 'msg'\nnonlocal_ = ...\nprint(-1, not x, ~y, +z, a @ b, a // b ** c)\n")

tree = compile("1 + 2", "<t>", "eval", _ast.PyCF_ONLY_AST)
print(compile(tree, "<t>", "eval", _ast.PyCF_ONLY_AST) is tree)
for bad in (3, None):
    try:
        compile(bad, "<t>", "exec")
    except TypeError as e:
        print('TypeError:', e)
try:
    compile("x = (", "<t>", "exec", _ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno)
try:
    compile("x", "<t>", "nope", _ast.PyCF_ONLY_AST)
except ValueError as e:
    print('ValueError:', e)
try:
    compile("x\0", "<t>", "exec")
except ValueError as e:
    print('ValueError:', e)

match compile("f(1)", "<t>", "eval", _ast.PyCF_ONLY_AST).body:
    case _ast.Call(_ast.Name(fn), [_ast.Constant(arg)]):
        print('matched', fn, arg)
