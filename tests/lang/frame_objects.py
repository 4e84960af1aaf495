# Frame objects made on demand: sys._getframe, f_back (kept once the frame
# ends), f_locals and locals() (one dict, refreshed), tracebacks keeping
# their frames' variables alive, frame.clear(), gi_frame, the f_* attributes.
import sys, gc
def show(label, f):
    try:
        print(label, '->', f())
    except BaseException as e:
        print(label, 'raised', type(e).__name__, e)

def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    return f
fr = inner(1)
print(fr.f_code.co_name, fr.f_lineno, sorted((k, v) for k, v in fr.f_locals.items() if k != 'f'), fr.f_back is None)
print(fr.f_globals is globals(), fr.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else fr.f_builtins is __builtins__)
print(repr(fr).startswith('<frame at 0x'), "code inner" in repr(fr))

def outer():
    x = 10
    return middle()
def middle():
    y = 20
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_locals['x'], sys._getframe(0).f_code.co_name, sys._getframe(1).f_back.f_code.co_name
print(outer())
show('too deep', lambda: sys._getframe(1000))
show('bad arg', lambda: sys._getframe('x'))
show('kw', lambda: sys._getframe(depth=0))

# f_back of a frame that ended is kept
def a():
    return b()
def b():
    return sys._getframe()
fb = a()
print(fb.f_code.co_name, fb.f_back.f_code.co_name, fb.f_back.f_back.f_code.co_name, fb.f_back.f_back.f_back)

# locals() is the same dict each time, refreshed
def loc():
    x = 1
    d1 = locals()
    y = 2
    d2 = locals()
    print(d1 is d2, sorted(k for k in d2 if k not in ('d1', 'd2')))
    del x
    d3 = locals()
    print('x' in d3, sys.getrefcount(d3))
loc()

# traceback keeps frames and their locals
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del D', self.n)
def raiser():
    d = D(1)
    raise ValueError('v')
try:
    raiser()
except ValueError as e:
    tb = e.__traceback__
    print('handler', tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_locals['d'].n, tb.tb_lineno, tb.tb_next.tb_lineno)
    del tb
print('after handler')

# frame.clear
def fc():
    d = D(2)
    return sys._getframe()
f = fc()
print('before clear')
f.clear()
print('after clear', f.f_locals)
show('clear running', lambda: sys._getframe().clear())
def gen():
    d = D(3)
    yield sys._getframe().f_code.co_name
    yield 2
g = gen()
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_back)
g.gi_frame.clear()
print('gen after frame clear', list(g))
g2 = gen()
print(g2.gi_frame.f_lineno, g2.gi_frame.f_lasti)
list(g2)
print(g2.gi_frame)

# f_lineno / f_trace attributes
f = sys._getframe()
show('set lineno', lambda: setattr(f, 'f_lineno', 3))
show('set lineno str', lambda: setattr(f, 'f_lineno', 'x'))
show('trace lines', lambda: setattr(f, 'f_trace_lines', 1))
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace = print
print(f.f_trace is print)
del f.f_trace
print(f.f_trace)

# tb_next assignment
try:
    1/0
except ZeroDivisionError as e:
    t = e.__traceback__
show('tb_next int', lambda: setattr(t, 'tb_next', 5))
show('tb_next loop', lambda: setattr(t, 'tb_next', t))
t.tb_next = None
print(t.tb_next)

# cycle through a traceback is collected
def cyc():
    try:
        raise ValueError
    except ValueError as e:
        saved = e
    return None
gc.collect()
cyc()
print('collected', gc.collect())
