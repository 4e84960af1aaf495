# scripts/fail-after makes each allocation of this program fail in turn
# (tests/unit/test_robust.c): exception groups made, split and derived,
# except* matching, wrapping, raising in clauses and combining what is
# left, and the report sys.excepthook prints for a group.
eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), KeyError(3)])])
eg.add_note("note")
print(eg.split(TypeError))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
try:
    try:
        raise eg
    except* ValueError as v:
        print("caught", v)
        raise OSError("raised")
    except* KeyError:
        raise
except* OSError as o:
    print("outer", o)
except* (TypeError, KeyError) as k:
    print("outer", k)
try:
    raise KeyError("naked")
except* KeyError as n:
    print("naked", repr(n))
import sys
try:
    raise ExceptionGroup("reported", [ValueError("v"), eg])
except ExceptionGroup as r:
    sys.excepthook(ExceptionGroup, r, r.__traceback__)
