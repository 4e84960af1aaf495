# Line events of break, continue and return that leave a with block or a
# finally: the statement's line, then __exit__ (or the finally body) on its
# own line, then no line for the jump or return itself.
import sys
class C:
    def __enter__(self): return self
    def __exit__(*a): pass
def func_break():
    for i in (1,2):
        with C():
            break
    pass
def func_return():
    with C():
        return
def func_retval():
    with C():
        return 5
def t(fn):
    ev = []
    def tr(frame, event, arg):
        if frame.f_code is fn.__code__:
            ev.append((frame.f_lineno - fn.__code__.co_firstlineno, event))
        return tr
    sys.settrace(tr); fn(); sys.settrace(None)
    print(ev)
t(func_break); t(func_return); t(func_retval)
def f():
    with C():
        1/0
try: f()
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_lineno)


def through_finally():
    for i in range(2):
        try:
            if i:
                break
            continue
        finally:
            pass
    return


t(through_finally)
