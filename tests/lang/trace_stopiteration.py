# sys.settrace: the 'exception' events CPython 3.11 reports for the
# StopIteration its traced SEND (yield from, await, async for) and FOR_ITER
# catch, and no 'line' event when a delegating generator resumes.
import sys

log = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('run', 'tracer'):
        return None
    if event == 'exception':
        a = arg[0].__name__ + repr(arg[1].args) + (' tb' if arg[2] is not None else '')
    elif event == 'return':
        a = repr(arg) if arg is None or isinstance(arg, (int, str)) else type(arg).__name__
    else:
        a = ''
    log.append(f"{event} {name} {frame.f_lineno} {a}")
    return tracer

def run(fn, *args):
    log.clear()
    sys.settrace(tracer)
    try:
        r = fn(*args)
    except BaseException as e:
        r = 'raised ' + type(e).__name__
    finally:
        sys.settrace(None)
    print(fn.__name__, r)
    for line in log:
        print('  ', line)

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def subgen():
    yield 0
    return 123
def gen():
    x = yield from subgen()
    return 456
def main():
    for i in gen():
        lno = 12
    lno = 13
run(main)

async def c0():
    pass
async def c1():
    return 5
async def c2():
    x = await c1()
    y = await c1()
    await c0()
    return x + y
run(drive, c2())

class AI:
    def __init__(self): self.n = 2
    def __aiter__(self): return self
    async def __anext__(self):
        self.n -= 1
        if self.n < 0: raise StopAsyncIteration
        return self.n
async def af():
    async for x in AI():
        y = x
    return 1
run(drive, af())

def gnone():
    yield 1
    yield 2
def g2():
    yield from gnone()
    yield from [1, 2]
run(list, g2())

class It:
    def __init__(self): self.n = 2
    def __iter__(self): return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n
def forcls():
    for x in It():
        pass
    return 'done'
run(forcls)

class Aw:
    def __await__(self):
        yield 7
        return 8
async def awaiter():
    return await Aw()
run(drive, awaiter())

async def agen():
    yield 1
    yield 2
async def aconsume():
    t = 0
    async for v in agen():
        t += v
    return t
run(drive, aconsume())

# A trace function that raises at the StopIteration event stops tracing;
# its exception leaves the loop.
def raising(frame, event, arg):
    if event == 'exception' and arg[0] is StopIteration:
        raise KeyError('from tracer')
    return raising
def loop_gen():
    for x in gen():
        pass
    return 'after'
sys.settrace(raising)
try:
    print(loop_gen())
except KeyError as e:
    print('KeyError', e, sys.gettrace())
sys.settrace(None)
