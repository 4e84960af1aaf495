# sys.settrace: a failing trace function, f_locals written back, f_trace_lines,
# f_trace_opcodes, a None result, bdb-style f_trace on running frames, throw/close
# of generators, coroutines.
import sys

# a trace function that raises: the exception propagates, tracing stops
def bad(frame, event, arg):
    if event == 'line' and frame.f_lineno == 9:
        raise RuntimeError("tracer failed")
    return bad
def victim():
    x = 1
    y = 2
    return x + y
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())

# a trace function changes a local through f_locals
def setter(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'changed' and frame.f_lineno == 23:
        frame.f_locals['v'] = 42
    return setter
def changed():
    v = 1
    return v
sys.settrace(setter)
print("changed", changed())
sys.settrace(None)

# f_trace_lines off: no line events, still return
def quiet(frame, event, arg):
    if event == 'call':
        frame.f_trace_lines = False
    print(" ", event, frame.f_code.co_name)
    return quiet
def g():
    a = 1
    return a
sys.settrace(quiet)
g()
sys.settrace(None)

# opcode events happen when asked
ops = []
def opc(frame, event, arg):
    if event == 'call':
        frame.f_trace_opcodes = True
    ops.append(event)
    return opc
sys.settrace(opc)
g()
sys.settrace(None)
print("opcode events:", 'opcode' in ops, ops[0], ops[-1])

# call returns None: the frame gets no local events, nested calls still get 'call'
def only_calls(frame, event, arg):
    print(" ", event, frame.f_code.co_name)
    return None
def outer():
    return g() + 1
sys.settrace(only_calls)
outer()
sys.settrace(None)

# bdb-style: f_trace on frames already running, then settrace
def local(frame, event, arg):
    print(" ", event, frame.f_code.co_name, frame.f_lineno)
    return local
def running():
    f = sys._getframe()
    f.f_trace = local
    sys.settrace(local)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
running()

# generator throw and close
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
def tr(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        print(" ", event, frame.f_lineno, arg if event != 'exception' else arg[0].__name__)
    return tr
sys.settrace(tr)
it = gen()
next(it)
try:
    it.throw(KeyError)
except KeyError:
    pass
it2 = gen()
next(it2)
it2.close()
sys.settrace(None)

# coroutine driven by hand
async def coro():
    return 5
def tc(frame, event, arg):
    print(" ", event, frame.f_code.co_name, frame.f_lineno)
    return tc
sys.settrace(tc)
c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("  value", e.value)
sys.settrace(None)
print(sys.gettrace())
