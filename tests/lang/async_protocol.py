# The async protocol step by step: async generators' asend/athrow/aclose
# awaitables, sys.set_asyncgen_hooks, aiter()/anext(), and every error
# message of await, async for and async with.
import sys
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except BaseException as e:
        print(label, 'raised', type(e).__name__, e)

class Y:
    def __await__(self):
        return (yield 'y')

def drive(aw, sends=()):
    """Step an awaitable by hand, printing each step."""
    it = aw.__await__() if hasattr(aw, '__await__') else aw
    out = []
    try:
        v = None
        for _ in range(20):
            out.append(it.send(v))
            v = None
    except StopIteration as e:
        out.append(('stop', e.value))
    except BaseException as e:
        out.append(('raised', type(e).__name__, str(e)))
    return out

async def ag():
    try:
        yield 1
        await Y()
        yield 2
    finally:
        print('ag finally')

g = ag()
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await, type(g.__aiter__()).__name__)
a = g.__anext__()
print(type(a).__name__, drive(a))
print(drive(g.__anext__()))
print(drive(g.asend(None)))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
a = g.__anext__()
print(drive(a), drive(a))

g = ag()
print(drive(g.__anext__()))
print('aclose', drive(g.aclose()))
print(drive(g.__anext__()))

g = ag()
print(drive(g.__anext__()))
print('athrow', drive(g.athrow(ValueError('x'))))
print(drive(g.athrow(ValueError)))

async def ag2():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
g = ag2()
print(drive(g.__anext__()))
print('aclose ignoring', drive(g.aclose()))

async def ag3():
    yield 1
    raise StopAsyncIteration
g = ag3()
print(drive(g.__anext__()), drive(g.__anext__()))
async def ag4():
    yield 1
    raise StopIteration('s')
g = ag4()
print(drive(g.__anext__()), drive(g.__anext__()))

show('asend nonnone', lambda: drive(ag().asend(5)))
show('athrow no args', lambda: drive(ag().athrow()))

# hooks
calls = []
def first(g): calls.append(('first', g.__name__))
def fin(g): calls.append(('fin', g.__name__))
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h[1] is fin, type(h).__name__)
g = ag()
drive(g.__anext__())
del g
print(calls)
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is first)
sys.set_asyncgen_hooks(None, None)
show('bad hook', lambda: sys.set_asyncgen_hooks(1))
show('bad hook2', lambda: sys.set_asyncgen_hooks(finalizer=1))

# aiter / anext
show('aiter int', lambda: aiter(1))
show('anext int', lambda: anext(1))
show('anext noargs', lambda: anext())
g = ag()
print(type(aiter(g)).__name__, aiter(g) is g)
print(drive(anext(g)), drive(anext(g, 'dflt')), drive(anext(g, 'dflt')), drive(anext(g, 'dflt')))

class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
print(drive(anext(AI(), 'd')))

# await errors
async def bad(x):
    return await x
show('await int', lambda: drive(bad(1)))
class BadAwait:
    def __await__(self): return 5
show('await non-iter', lambda: drive(bad(BadAwait())))
async def co(): return 1
class CoroAwait:
    def __await__(self): return co()
show('await coro from __await__', lambda: drive(bad(CoroAwait())))
async def use_with(m):
    async with m:
        pass
show('async with int', lambda: drive(use_with(1)))
class OnlyEnter:
    async def __aenter__(self): pass
show('async with no exit', lambda: drive(use_with(OnlyEnter())))
class BadEnter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
show('aenter not awaitable', lambda: drive(use_with(BadEnter())))
class BadExit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
show('aexit not awaitable', lambda: drive(use_with(BadExit())))
async def use_for(x):
    async for i in x:
        pass
show('async for int', lambda: drive(use_for(1)))
class NoNext:
    def __aiter__(self): return 1
show('aiter no anext', lambda: drive(use_for(NoNext())))
class BadNext:
    def __aiter__(self): return self
    def __anext__(self): return 1
show('anext not awaitable', lambda: drive(use_for(BadNext())))

# reuse
c = co()
print(drive(c))
show('reuse', lambda: c.send(None))
show('throw reuse', lambda: c.throw(ValueError))
print(c.close())
async def w():
    await Y()
c = w()
c.send(None)
show('await twice', lambda: drive(bad(c)))
c.close()
show('iter coroutine', lambda: iter(co()))
show('yield from coroutine', lambda: list((lambda: (yield from co()))()))
cc = co()
print(type(cc.__await__()).__name__, repr(cc).startswith('<coroutine object co at'))
cc.close()
show('send to closed', lambda: cc.send(None))
