# close() and throw() with every argument form and every way the generator
# answers (return, yield, raise in finally; a caught GeneratorExit), PEP 479,
# StopIteration values, and a generator acting on itself while running.
import sys
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, 'raised', type(e).__name__, e.args, 'ctx', repr(e.__context__), 'cause', repr(e.__cause__))

# close() variants
def g_ret_in_finally():
    try:
        yield 1
    finally:
        return 5
def g_yield_in_finally():
    try:
        yield 1
    finally:
        yield 2
def g_raise_in_finally():
    try:
        yield 1
    finally:
        raise KeyError('fin')
def g_catch_ge():
    try:
        yield 1
    except GeneratorExit:
        print('caught GE', sys.exc_info()[0])
def g_catch_ge_raise_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration
for gf in (g_ret_in_finally, g_yield_in_finally, g_raise_in_finally, g_catch_ge, g_catch_ge_raise_stop):
    it = gf(); next(it)
    show('close ' + gf.__name__, it.close)
    show('next after close ' + gf.__name__, lambda: next(it))
    show('close again', it.close)

# throw variants
def g_catch():
    while True:
        try:
            v = yield 1
            print('got', v)
        except ValueError as e:
            print('caught', repr(e), sys.exc_info()[0])
            yield 'after catch'
        except KeyError:
            return 'returned'
it = g_catch(); next(it)
show('throw class', lambda: it.throw(ValueError))
show('next', lambda: next(it))
show('throw instance', lambda: it.throw(ValueError('inst')))
show('next', lambda: next(it))
show('throw class+val', lambda: it.throw(ValueError, 'v'))
show('next', lambda: next(it))
show('throw class+tuple', lambda: it.throw(ValueError, ('a', 'b')))
show('next', lambda: next(it))
show('throw inst+val', lambda: it.throw(ValueError('x'), 'y'))
show('throw non-exc', lambda: it.throw(42))
show('throw non-exc class', lambda: it.throw(int))
show('throw bad tb', lambda: it.throw(ValueError, None, 5))
show('throw return', lambda: it.throw(KeyError))
show('throw finished', lambda: it.throw(ValueError('late')))
show('throw none args', lambda: it.throw())
def unstarted():
    print('body ran')
    yield 1
u = unstarted()
show('throw unstarted', lambda: u.throw(ValueError('early')))
show('next unstarted after throw', lambda: next(u))
u = unstarted()
show('close unstarted', u.close)
show('next', lambda: next(u))
show('send nonnone', lambda: unstarted().send(3))

# PEP 479
def g479():
    yield 1
    raise StopIteration('inside')
show('pep479', lambda: list(g479()))
def g479b():
    yield 1
    next(iter([]))
show('pep479b', lambda: list(g479b()))

# return values
def gret(v):
    yield 1
    return v
for v in (None, 0, (1, 2), (), ValueError('e'), [1]):
    it = gret(v); next(it)
    try:
        next(it)
    except StopIteration as e:
        print('stop', repr(e.value), e.args)

# running
def grun():
    show('self next', lambda: next(me))
    show('self throw', lambda: me.throw(ValueError))
    show('self close', me.close)
    yield me.gi_running
me = grun()
print(next(me))
print(me.gi_running, me.gi_suspended if hasattr(me, 'gi_suspended') else '')
