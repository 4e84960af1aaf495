# The future-statement rules through compile(): where a future import may
# stand, which features exist, and the SyntaxError details CPython gives
# (the errors found before compiling carry no end offset and no args tuple).
import __future__


def show(src, *flags):
    try:
        code = compile(src, "<src>", "exec", *flags)
    except SyntaxError as e:
        print(repr(src))
        print("   ", e.msg, e.args[1:], e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "compiles, co_flags", hex(code.co_flags))


F = "from __future__ import annotations\n"
show(F)
show('"""doc"""\n' + F)
show("from __future__ import annotations, division, generators, nested_scopes, absolute_import")
show("from __future__ import with_statement, print_function, unicode_literals, generator_stop")
show("from __future__ import barry_as_FLUFL")
show("from __future__ import (annotations as ann, division)")
show(F + "from __future__ import division")
show("from __future__ import annotations; from __future__ import division")
show("x = 1\n" + F)
show("x = 1; " + F)
show("x = 1;    " + F)
show("import os\n" + F)
show("from os import path\n" + F)
show("'doc'\n'more'\n" + F)
show("def f():\n    " + F)
show(F + "if True:\n    " + F)
show(F + "class C:\n    " + F)
show("from __future__ import nope")
show("from __future__ import annotations, nope")
show("from __future__ import *")
show("from __future__ import braces")
show("from __future__ import annotations; from __future__ import braces")
show("import __future__\nfrom __future__ import division")
show("from __future__ import division", __future__.annotations.compiler_flag)
show("x = 1", __future__.division.compiler_flag)
show("x = 1", __future__.annotations.compiler_flag | __future__.generator_stop.compiler_flag)
for flags in (0x8000000, -1, 1 << 40):
    try:
        compile("1", "<src>", "eval", flags)
    except (ValueError, OverflowError) as e:
        print(hex(flags), type(e).__name__, e)
print(hex(compile("1", "<src>", "eval", 0x10 | 0x200).co_flags))

# Annotations that could only run in a scope of their own.
for ann in ("(y := 1)", "(yield)", "(yield from x)", "(await x)", "[i for i in (yield)]",
            "[i for i in a if (yield)]", "{i: (yield) for i in a}", "(i for i in a if (yield))",
            "lambda x=(yield): 0", "[(y := i) for i in a]", "lambda: (yield)"):
    show(F + "x: " + ann)
    show(F + "def f(a: " + ann + "): pass")
    show(F + "def f() -> " + ann + ": pass")
    show(F + "def g():\n    x: " + ann + " = 1")
show("x: (y := 1)")
show("def g():\n    x: (yield) = 1")
