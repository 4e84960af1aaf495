# except* (PEP 654): matching, wrapping of a naked exception, each clause once with
# its subgroup, unmatched parts re-raised, raised and re-raised exceptions combined
# as CPython's PREP_RERAISE_STAR combines them, else/finally, sys.exc_info() and
# __context__ inside a clause, the TypeErrors for bad clause types.
import sys, gc
def show(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, "->", repr(e), "ctx:", repr(e.__context__), "cause:", repr(e.__cause__))

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(" caught", repr(e), sys.exc_info()[1] is e, sys.exc_info()[0].__name__)
    except* TypeError as e:
        print(" caught", repr(e), sys.exc_info()[1] is e)
show("t1", t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print(" caught", repr(e))
show("t2", t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print(" caught", repr(e), repr(e.exceptions[0]), e.exceptions[0].__traceback__ is not None, e.__traceback__)
show("t3", t3)

def t4():
    try:
        raise KeyError("naked")
    except* ValueError as e:
        print(" never")
show("t4", t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print(" caught", repr(e))
        raise
    except* TypeError as e:
        print(" caught", repr(e))
show("t5", t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
    except* TypeError as e:
        raise OSError("new2")
show("t6", t6)

def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show("t7", t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print(" both", repr(e))
show("t8", t8)

def t9():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print(" else ran")
    finally:
        print(" finally ran")
show("t9", t9)

def t10():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print(" handled")
    else:
        print(" no else")
    finally:
        print(" finally")
    print(" after")
show("t10", t10)

def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("t11", t11)

def t12():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
show("t12", t12)

def t13():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
show("t13", t13)

def t14():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print(" first")
    except* 42:
        pass
show("t14", t14)

def t15():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print(" first")
    except* 42:
        pass
show("t15", t15)

def t16():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print(" kb", repr(e))
show("t16", t16)

def t17():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* Exception as e:
        print(" exc", repr(e))
show("t17", t17)

def t18():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print(" loop", repr(e))
            for j in range(5):
                if j == 1: continue
                if j == 3: break
                print("  j", j)
    print(" done")
show("t18", t18)

def t19():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise
        except* ValueError as inner:
            print(" inner", repr(inner), inner is e)
show("t19", t19)

def t20():
    e = None
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    print(" e bound?", 'e' in locals())
show("t20", t20)

def t21():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(" ctx of match", repr(sys.exc_info()[1]))
    except* TypeError:
        try:
            1/0
        except ZeroDivisionError as z:
            print(" z ctx", repr(z.__context__))
show("t21", t21)
print(sys.exc_info())
def gen():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
        yield repr(sys.exc_info()[1])
    except* TypeError as e:
        yield repr(e)
print(list(gen()))
def t22():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise TypeError("from clause") from None
show("t22", t22)
