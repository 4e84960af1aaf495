# except* inside generators: a clause that yields keeps its match handled across
# the yield (sys.exc_info() in and out of the generator), close() and throw()
# while a clause is suspended, except* catching what throw() raises, nested
# except* statements re-raising into outer ones.
import sys, gc
def gen():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield 1
    except* TypeError:
        print("TypeError clause runs during close")
g = gen()
print(next(g))
try:
    print("close ->", g.close())
except BaseException as e:
    print("close raised", repr(e), repr(e.exceptions[0].__context__))
def gen_raising():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield 1
    except* TypeError:
        raise KeyError("while closing")
g = gen_raising()
print(next(g))
try:
    g.close()
except BaseException as e:
    print("close ->", repr(e), [repr(x.__context__) for x in e.exceptions])
def gen2():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        x = yield repr(sys.exc_info()[1])
        print("got", x, repr(sys.exc_info()[1]))
del g
gc.collect()
g = gen2()
print(next(g))
print(repr(sys.exc_info()[1]))
try:
    g.send(5)
except StopIteration:
    print("stop", sys.exc_info()[:2])
def gen3():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        yield 1
g = gen3(); next(g)
try:
    g.throw(KeyError("thrown"))
except BaseException as e:
    print("throw ->", repr(e), repr(e.__context__))
def gen4():
    try:
        yield 1
    except* KeyError as e:
        print("gen4 caught", repr(e))
        yield 2
g = gen4(); next(g)
print(g.throw(KeyError("k")))
print(g.throw(ExceptionGroup("x", [KeyError(1), ValueError(2)])) if False else "skip")
def deep():
    try:
        try:
            raise ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2), KeyError(3)])])
        except* TypeError as t:
            try:
                raise
            except* TypeError as t2:
                print("nested", repr(t2))
                raise OSError("new")
    except* OSError as o:
        print("outer os", repr(o))
    except* KeyError as k:
        print("outer key", repr(k))
    except* ValueError as v:
        print("outer val", repr(v))
deep()
print(gc.collect())
