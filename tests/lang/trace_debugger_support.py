# What debuggers lean on besides the trace events: sys.call_tracing
# (pdb's recursive `debug`), dis.findlinestarts offsets in tb_lasti's units
# (pdb's post-mortem `>>` marker), exec/eval's message for a bad source,
# and the line -1 of a traceback entry on code with no line (except*).
import sys, dis, traceback, pdb

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('inner', 'outer'):
        events.append((event, frame.f_code.co_name))
    return tracer

def inner(x):
    return x * 2

def outer():
    events.append(('direct', inner(1)))
    events.append(('call_tracing', sys.call_tracing(inner, (2,))))

def tracing_tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'target':
        outer()
    return tracer

def target():
    return 1

sys.settrace(tracing_tracer)
target()
sys.settrace(None)
print(events)

# As in CPython 3.11, call_tracing alone brings no events back; a trace
# function set inside it (pdb's `debug` does that) gets them.
ev = []
def inner2(x):
    sys.settrace(glob2)
    r = inner(x)
    sys.settrace(None)
    return r
def glob2(frame, event, arg):
    ev.append(('G2', event, frame.f_code.co_name))
    return glob2
def glob(frame, event, arg):
    ev.append(('G', event, frame.f_code.co_name))
    if frame.f_code.co_name == 'target' and event == 'line':
        ev.append(sys.call_tracing(inner, (2,)))
        ev.append(sys.call_tracing(inner2, (3,)))
        ev.append(('after', sys.gettrace() is glob))
    return loc
def loc(frame, event, arg):
    ev.append(('L', event, frame.f_code.co_name))
    return glob(frame, event, arg) and loc
sys.settrace(glob)
target()
sys.settrace(None)
print(ev)
try:
    sys.call_tracing(inner, [1])
except TypeError as e:
    print('TypeError:', e)
print(sys.call_tracing(inner, (21,)))

def f2():
    try:
        1/0
    finally:
        x = 'cleanup'
def f1():
    f2()
    print('not reached')
try:
    f1()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    while tb:
        code = tb.tb_frame.f_code
        print(code.co_name, tb.tb_lineno - code.co_firstlineno,
              pdb.lasti2lineno(code, tb.tb_lasti) - code.co_firstlineno,
              tb.tb_frame.f_lineno - code.co_firstlineno)
        tb = tb.tb_next
starts = list(dis.findlinestarts(f2.__code__))
# (CPython's first entry is the def line, of its RESUME, which tally has not.)
print(all(o % 2 == 0 for o, _ in starts), [l - f2.__code__.co_firstlineno for _, l in starts if l > f2.__code__.co_firstlineno])

for src in (1, None, [b'1']):
    for fn in (exec, eval):
        try:
            fn(src)
        except TypeError as e:
            print(fn.__name__, 'TypeError:', e)

class EG(ExceptionGroup):
    n = 0
    def derive(self, excs):
        EG.n += 1
        if EG.n > 2:
            raise KeyError('derive')
        return EG(self.message, excs)
def star():
    try:
        raise EG('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    star()
except KeyError as e:
    for fs in traceback.extract_tb(e.__traceback__)[1:]:
        print(fs.name, fs.lineno if fs.lineno < 0 else fs.lineno - star.__code__.co_firstlineno, repr(fs.line))
