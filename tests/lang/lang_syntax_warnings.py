# The compiler's SyntaxWarnings, as CPython 3.11 gives them: an assert of a
# tuple, `is` with a literal, and a literal called or subscripted as if a
# comma were missing.  They pass through the warnings filters ("error" turns
# them into a SyntaxError at the expression).
import warnings


def show(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<w>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.msg)
    for m in w:
        print(repr(src), m.category.__name__, m.message, m.filename, m.lineno)
    if not w:
        print(repr(src), "no warning")


SOURCES = [
    "assert (x, 'm')",
    'assert ()',
    'assert (1, 2)',
    'x is 1',
    '1 is x',
    "x is not 'a'",
    'x is None',
    'x is ...',
    'x is True',
    'x is -1',
    'x is ()',
    'x is (1,)',
    'x is [1]',
    'a < b is 1',
    'if x is 1: pass',
    'if 1 is None: pass',
    '1(2)',
    "'a'(2)",
    '(1, 2)(3)',
    '[1](2)',
    '[i for i in x](1)',
    '{}(1)',
    '{1}(1)',
    '(i for i in x)(1)',
    "f'x'(1)",
    'None(1)',
    '...(1)',
    '(lambda: 0)()',
    'x(1)',
    '1[2]',
    'None[0]',
    'True[0]',
    '1.5[0]',
    '1j[0]',
    '{1}[0]',
    '{i for i in x}[0]',
    '(i for i in x)[0]',
    '(lambda: 0)[0]',
    '...[0]',
    "'abc'['x']",
    "'abc'[1.5]",
    "(1, 2)['a']",
    "[1, 2]['a']",
    '[i for i in x][()]',
    "f'x'['a']",
    "b'ab'[{}]",
    "'abc'[1:2]",
    "'abc'[x]",
    "[1]['a'] = 2",
    'x = [1]\nx[0]\n(1, 2)(3)',
    "assert (x, 'm')\nassert (y, 'n')",
    'def f():\n  return x is 1',
    'lambda: x is 1',
    '[x is 1 for x in y]',
]
for s in SOURCES:
    show(s)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for s in ["x is 1", "1(2)", "assert (x, 'y')"]:
        try:
            compile(s, "<w>", "exec")
        except SyntaxError as e:
            print(repr(s), "SyntaxError", e.msg, e.args[1:], e.lineno, e.offset)
