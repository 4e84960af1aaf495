# tally-expected: own (CPython 3.11 resumes a generator moved by a jump from
# its yield with the sent value left as a stray stack item, which breaks
# the target line; tally drops the sent value: docs/language.md)
import sys

def jumper(code, frm, to):
    state = {'done': False}
    def trace(frame, ev, arg):
        if state['done'] or frame.f_code is not code:
            return trace
        if ev == 'return' and frame.f_lineno == code.co_firstlineno + frm:
            state['done'] = True
            frame.f_lineno = code.co_firstlineno + to
        return trace
    return trace

def run(label, fn, code, frm, to):
    out = []
    sys.settrace(jumper(code, frm, to))
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
def resumed(out):
    g = gen(out)
    out.append(next(g))
    out.append(list(g))
run('back to the start, resumed', resumed, gen.__code__, 2, 1)
run('forward, resumed', resumed, gen.__code__, 2, 3)

def g2(out):
    for i in range(3):
        x = yield i
        out.append(x)
    out.append('end')
def resumed2(out):
    g = g2(out)
    out.append(next(g))
    out.append(g.send('a'))
    try:
        g.send('b')
    except StopIteration:
        out.append('stop')
run('back to the loop header', resumed2, g2.__code__, 2, 1)
run('out of the loop', resumed2, g2.__code__, 2, 4)

def closed(out):
    g = g2(out)
    out.append(next(g))
    g.close()
    out.append('closed')
run('closed after the jump', closed, g2.__code__, 2, 4)
