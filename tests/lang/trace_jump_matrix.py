# frame.f_lineno jumps from every line to every line of a few functions
# (loops, try/except/finally, with, comprehension, while, match, if/elif,
# the def line): where CPython 3.11 lands, or its ValueError.  Left out:
# jumps onto the last line of an `except ... as` body from outside it,
# which CPython's line propagation turns into a jump to the following
# `finally` (docs/language.md).
import sys
class Stop(Exception): pass
def make_tracer(code, frm, to, res):
    state = {'done': False, 'n': 0}
    def tr(frame, event, arg):
        if frame.f_code is code:
            state['n'] += 1
            if state['n'] > 200:
                raise Stop
            if not state['done'] and event == 'line' and frame.f_lineno == code.co_firstlineno + frm:
                state['done'] = True
                try:
                    frame.f_lineno = code.co_firstlineno + to
                    res.append('jumped')
                except ValueError as e:
                    res.append('VE:' + str(e).replace(str(code.co_firstlineno + to), 'N'))
        return tr
    return tr

def f1(out):
    out.append(1)
    for i in range(2):
        out.append(3)
        if i:
            out.append(5)
    else:
        out.append(7)
    out.append(8)

def f2(out):
    try:
        out.append(2)
        raise KeyError
    except KeyError as e:
        out.append(5)
    finally:
        out.append(7)
    out.append(8)

def f3(out):
    with open(__file__) as f:
        out.append(2)
    out.append(3)
    x = [i for i in range(2)]
    out.append(5)
    while len(out) < 9:
        out.append(7)
    out.append(8)

def f4(out):
    match out:
        case []:
            out.append(3)
        case _:
            out.append(5)
    out.append(6)
    try:
        out.append(8)
    finally:
        out.append(10)

def f5(out):
    async def c():
        return 1
    x = 1
    if x:
        out.append(5)
    elif not x:
        out.append(7)
    out.append(8)
    del x
    out.append(10)

for fn in (f1, f2, f3, f4, f5):
    n = 0
    code = fn.__code__
    last = max(l for _, _, l in code.co_lines() if l) - code.co_firstlineno
    for frm in range(1, last + 1):
        for to in range(0, last + 2):
            if fn is f2 and to == 5 and frm != 4 and frm != 5:
                continue  # CPython lands on its finally's entry NOP there
            out, res = [], []
            sys.settrace(make_tracer(code, frm, to, res))
            try:
                fn(out)
            except Stop:
                out.append('STOP')
            except Exception as e:
                out.append(type(e).__name__)
            finally:
                sys.settrace(None)
            print(fn.__name__, frm, to, res, out)
