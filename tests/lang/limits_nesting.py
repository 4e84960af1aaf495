# The parser's and the compiler's nesting limits, as CPython 3.11 has them:
# 200 open brackets ("too many nested parentheses", at the 201st, also in
# an f-string's expression), 100 indentation levels, three times the
# recursion limit of nested expressions in the compiler (RecursionError),
# and the parser's stack (MemoryError) for the constructs that nest its
# rules deepest.  Each deep case compiles in a function called from the
# module, as the depth left depends on the calls under compile().
import sys
def t(label, src):
    try:
        compile(src, "<s>", "exec")
        r = "ok"
    except SyntaxError as e:
        r = "SyntaxError %s %s %s %s %s" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except (MemoryError, RecursionError) as e:
        r = "%s %s" % (type(e).__name__, e)
    print(label, r)
for n in (199, 200, 201, 300):
    t("paren%d" % n, "x = " + "(" * n + "1" + ")" * n + "\n")
t("mixed200", "x = " + "([{" * 67 + "\n")
t("multiline", "x = (\n" * 201)
t("fstr", "f'{" + "(" * 199 + "1" + ")" * 199 + "}'\n")
t("fstr200", "f'{" + "(" * 200 + "1" + ")" * 200 + "}'\n")
for n in (100, 1000, 2000, 3000, 5000, 6000, 10000, 100000):
    t("neg%d" % n, "x = " + "-" * n + "1\n")
for n in (1000, 3000, 5000):
    t("not%d" % n, "x = " + "not " * n + "1\n")
    t("lambda%d" % n, "x = " + "lambda:" * n + "1\n")
    t("pow%d" % n, "x = 2" + "**2" * n + "\n")
    t("attr%d" % n, "x = a" + ".b" * n + "\n")
    t("add%d" % n, "x = a" + "+a" * n + "\n")
    t("sub%d" % n, "x = a" + "[0]" * n + "\n")
    t("call%d" % n, "x = f" + "()" * n + "\n")
    t("ifexp%d" % n, "x = " + "a if b else " * n + "c\n")
    t("await%d" % n, "x = " + "await " * n + "1\n")
    t("star%d" % n, "x = " + "*" * n + "a\n")
    t("eq%d" % n, "x = " + "y = " * n + "1\n")
    t("cmp%d" % n, "x = a" + " < a" * n + "\n")
    t("and%d" % n, "x = a" + " and a" * n + "\n")
    t("tuple%d" % n, "x = " + "1," * n + "\n")
t("indent100", "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "pass\n")
t("indent99", "".join(" " * i + "if 1:\n" for i in range(99)) + " " * 99 + "pass\n")
