# ast.parse(feature_version=(3, N)) refuses what Python 3.N could not parse
# (walrus, positional-only parameters, f"{x=}", parenthesized context
# managers, match, except*) with CPython's SyntaxError; compile() without
# PyCF_ONLY_AST ignores _feature_version.
import ast
from textwrap import dedent
cases = [('(x := 0)', 8), ('def foo(x, /): ...', 8), ('lambda x=1, /: ...', 8), ('f"{x=}"', 8),
         ('with (CtxManager() as example): ...', 9), ('with (a, b): ...', 8), ('with (a) as b: ...', 8),
         ('match x:\n case 1: pass', 10), ('try: ...\nexcept* Exception: ...', 11), ('f(x := 1)', 8),
         ('[y for x in z if (y := x)]', 8)]
for src, v in cases:
    for fv in (v - 1, v):
        try:
            ast.parse(src, feature_version=(3, fv))
            print(fv, repr(src), "ok")
        except SyntaxError as e:
            print(fv, repr(src), "SyntaxError", e.msg)
print(ast.dump(ast.parse("(x := 0)", feature_version=(3, 7)) if False else ast.parse("x", feature_version=(3, 4))))
try:
    compile("(x := 0)", "s", "exec", _feature_version=7); print("compile ok (no ONLY_AST)")
except SyntaxError as e: print(e)
