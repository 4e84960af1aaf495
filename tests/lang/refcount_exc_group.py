# Reference counts and collections around except*: the caught group, its parts,
# the match bound in a clause and sys.exc_info() while it runs, what is left
# afterwards, and gc.collect() once the tracebacks' frames are let go.
# tally-gc-stress: skip (it prints what gc.collect() finds, which -X gc-stress has already collected)
import sys, gc
gc.collect()
def f():
    v = ValueError(1); t = TypeError(2)
    eg = ExceptionGroup("eg", [v, t])
    print("eg", sys.getrefcount(eg), "v", sys.getrefcount(v), "t", sys.getrefcount(t))
    try:
        raise eg
    except* ValueError as e:
        print("in clause: e", sys.getrefcount(e), "eg", sys.getrefcount(eg), "v", sys.getrefcount(v), "t", sys.getrefcount(t))
        print("exc_info", sys.getrefcount(sys.exc_info()[1]))
    except* TypeError as e2:
        print("in clause 2: e2", sys.getrefcount(e2), "eg", sys.getrefcount(eg), "v", sys.getrefcount(v), "t", sys.getrefcount(t))
    print("after: eg", sys.getrefcount(eg), "v", sys.getrefcount(v), "t", sys.getrefcount(t))
    return eg
r = f()
print("returned", sys.getrefcount(r))
print("collect", gc.collect())
del r
print("collect", gc.collect())
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        kept = e
        print("full match kept", sys.getrefcount(kept))
    except* TypeError:
        pass
    return kept
k = g()
print(sys.getrefcount(k), gc.collect())
del k
print(gc.collect())
def h():
    eg = ExceptionGroup("eg", [ValueError(1)])
    try:
        raise eg
    except* ValueError as e:
        print("whole", e is eg, sys.getrefcount(eg))
    print(sys.getrefcount(eg))
h()
print(gc.collect())
def naked():
    v = ValueError(3)
    try:
        raise v
    except* ValueError as e:
        print("naked", sys.getrefcount(v), sys.getrefcount(e))
    print(sys.getrefcount(v))
naked()
print(gc.collect())
def unhandled():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError(5)
    except ExceptionGroup as x:
        print("outer", sys.getrefcount(x), [sys.getrefcount(y) for y in x.exceptions])
        return x
x = unhandled()
print(sys.getrefcount(x))
del x
print(gc.collect())
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        pass
print(gc.collect())
