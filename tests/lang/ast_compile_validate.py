# compile() of a hand-made tree checks it as CPython does before compiling:
# each field's type (TypeError / ValueError of the conversion), then the
# validation of contexts, empty bodies, constants, patterns and positions.
import ast


def show(tree, mode="exec"):
    try:
        code = compile(tree, "<t>", mode)
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
    else:
        print("ok", type(code).__name__)


def mod(*body):
    return ast.fix_missing_locations(ast.Module(list(body), []))


def expr(e):
    return mod(ast.Expr(e))


load, store = ast.Load(), ast.Store()
x, xs = ast.Name("x", load), ast.Name("x", store)
p = ast.Pass()

print("-- conversion")
m = ast.parse("def f():\n yield from g()")
m.body[0].body[0].value.value = None
show(m)
m = ast.parse("x = 1"); del m.body[0].value; show(m)
m = ast.parse("x = 1"); m.body[0].value = None; show(m)
m = ast.parse("x = 1"); m.body[0].targets = (xs,); show(m)
m = ast.parse("x = 1"); m.body[0].targets[0].ctx = 5; show(m)
m = ast.parse("x = 1"); m.body[0].targets[0].ctx = ast.Load; show(m)
m = ast.parse("x = 1"); m.body[0].targets[0].id = 5; show(m)
m = ast.parse("from . import y"); m.body[0].level = "a"; show(m)
m = ast.parse("x = 1"); m.body[0].lineno = None; show(m)
m = ast.parse("x = 1"); m.body[0].lineno = 2**40; show(m)
m = ast.parse("x = 1"); m.body[0].type_comment = 5; show(m)
m = ast.parse("x = 1"); del m.type_ignores; show(m)
m = ast.parse("def f(): pass"); m.body[0].args.args = [5]; show(m)
m = ast.parse("a + b"); m.body[0].value.op = 3; show(m)
show(ast.Module([ast.Expr(ast.expr(lineno=2, col_offset=3), lineno=2, col_offset=3)], []))
show(ast.Expression(None), "eval")
show(ast.Expression(ast.Constant(1)), "exec")

print("-- validation")
show(mod(ast.Delete([])))
show(mod(ast.Delete([x])))
show(mod(ast.Assign([xs], ast.Name("y", store))))
show(mod(ast.For(xs, x, [], [])))
show(mod(ast.Try([p], [], [p], [p])))
show(mod(ast.TryStar([p], [], [], [])))
show(mod(ast.Raise(None, ast.Constant(3))))
show(mod(ast.ImportFrom(None, [ast.alias("x", None)], -42)))
show(mod(ast.Global([])))
show(mod(ast.ClassDef("C", [], [], [None], [])))
show(mod(ast.AnnAssign(ast.Attribute(x, "a", store), x, None, 1)))
show(expr(ast.BoolOp(ast.And(), [x])))
show(expr(ast.Dict([], [x])))
show(expr(ast.Compare(x, [ast.In()], [])))
show(expr(ast.ListComp(x, [])))
show(expr(ast.Set([None])))
show(expr(ast.Constant([1, 2])))
show(expr(ast.Constant((1, frozenset({int})))))
show(expr(ast.Constant(True)))
show(ast.fix_missing_locations(ast.Expression(ast.Name("None", load))), "eval")
show(ast.fix_missing_locations(ast.Interactive([ast.Expr(xs)])), "single")
a = ast.arguments([], [], None, [], [ast.Constant(4)], None, [])
show(mod(ast.FunctionDef("f", a, [p], [], None)))
a = ast.arguments([], [], None, [], [], None, [ast.Constant(4)])
show(expr(ast.Lambda(a, x)))
tree = ast.parse("x = 1")
tree.body[0].targets[0] = ast.copy_location(ast.Constant(1), tree.body[0].targets[0])
show(tree)

print("-- patterns")
for pattern in [ast.MatchValue(ast.Constant(...)), ast.MatchSingleton("s"),
                ast.MatchOr([ast.MatchAs()]), ast.MatchAs(name="_"),
                ast.MatchStar(name="y"), ast.MatchSequence([ast.MatchStar("y")]),
                ast.MatchMapping([ast.Constant(1)], [], None),
                ast.MatchClass(ast.Constant(1), [], [], []),
                ast.MatchAs(ast.MatchAs(), None),
                ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)))]:
    show(mod(ast.Match(x, [ast.match_case(pattern, None, [p])])))

print("-- positions")
for lineno, end in (10, 1), (10, None), (-5, -2), (-5, -5), (1, 1):
    tree = ast.parse("a = 1")
    tree.body[0].lineno, tree.body[0].end_lineno = lineno, end
    show(tree)
tree = ast.parse("a = 1")
tree.body[0].col_offset, tree.body[0].end_col_offset = 5, 1
show(tree)
tree = ast.parse("a = 1")
tree.body[0].value.col_offset = -1
show(tree)

print("-- still compiles and runs")
tree = ast.parse("def f(a, *, b=2):\n    return [a + b for _ in range(2)]\nr = f(1)")
ns = {}
exec(compile(tree, "<t>", "exec"), ns)
print(ns["r"])
