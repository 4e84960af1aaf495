# sys.tracebacklimit: only the innermost N entries are printed; zero or
# less (a huge negative too) hides the traceback and its header; a chained
# exception's traceback is cut the same way.
import io
import sys

SRC = """
def f1():
    1 / 0
def f2():
    f1()
def g():
    try:
        f2()
    except ZeroDivisionError as e:
        raise KeyError('k') from e
"""
ns = {}
exec(compile(SRC, "<t>", "exec"), ns)


def report(fn, limit):
    try:
        fn()
    except BaseException as e:
        exc = e
    sys.tracebacklimit = limit
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        out, sys.stderr = sys.stderr.getvalue(), saved
        del sys.tracebacklimit
    print("limit", str(limit)[:12])
    print(out, end="")


for limit in 2, 1, 0, -1, -(1 << 1000):
    report(ns["f2"], limit)
report(ns["g"], 1)
