# frame.f_lineno assignments CPython 3.11 allows or refuses: a jump from a
# generator's yield ('return' event of a suspended frame), and lines no
# path reaches (after `while True:` or a return), which count as absent.
# (Resuming a generator after such a jump is tally's own: see
# trace_jump_yield_resume.py.)
import sys

def jumper(code, frm, to, event='line'):
    state = {'done': False}
    def trace(frame, ev, arg):
        if state['done'] or frame.f_code is not code:
            return trace
        if ev == event and frame.f_lineno == code.co_firstlineno + frm:
            state['done'] = True
            try:
                frame.f_lineno = code.co_firstlineno + to
                print('  jumped', frm, '->', to, 'in', ev)
            except ValueError as e:
                print('  ValueError:', e)
                raise
        return trace
    return trace

def run(label, fn, code, frm, to, event='line'):
    out = []
    sys.settrace(jumper(code, frm, to, event))
    try:
        fn(out)
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(label, out)

def gen(out):
    out.append(1)
    yield 2
    out.append(3)
def from_yield(out):
    g = gen(out)
    out.append(next(g))
    out.append(5)
run('from yield, not resumed', from_yield, gen.__code__, 2, 1, 'return')

def ret(out):
    out.append(1)
    return 3
run('from a plain return', ret, ret.__code__, 2, 1, 'return')

def forever(out):
    out.append(1)
    while True:
        out.append(3)
        if len(out) > 3:
            break
    out.append(6)
run('into the code after while True (reached by break)', forever, forever.__code__, 3, 6)

def endless(out):
    out.append(1)
    while True:
        out.append(3)
    out.append(4)
run('past an endless loop', endless, endless.__code__, 3, 4)

def after_return(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
        return
    out.append(7)
run('past a return in finally', after_return, after_return.__code__, 5, 7)

def fin(out):
    out.append(1)
    while 1:
        out.append(3)
        break
    out.append(5)
run('while 1 then after', fin, fin.__code__, 3, 5)
