# An uncaught exception group whose parts carry tracebacks with source
# lines, carets and a recursion summary: tests/unit/test_robust.c compares
# the whole report with CPython 3.11's.
def rec(n):
    if n == 0:
        raise ExceptionGroup("rec", [ValueError(1), TypeError(2)])
    rec(n - 1)


def g():
    try:
        rec(6)
    except* ValueError:
        table = {}
        table["missing"] += 1


g()
