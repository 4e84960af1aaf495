# async def, await, async for, async with, async generators and async
# comprehensions, driven by a hand-written event loop (no asyncio).
import sys
class Yield:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r

def run(coro):
    """A tiny event loop: sends back what was yielded, doubled."""
    val = None
    try:
        while True:
            y = coro.send(val)
            print('loop got', y)
            val = y * 2 if isinstance(y, int) else y
    except StopIteration as e:
        return e.value

async def inner(x):
    a = await Yield(x)
    b = await Yield(a + 1)
    return a + b

async def outer():
    r = await inner(3)
    print('inner returned', r)
    try:
        await Yield('boom')
    except ZeroDivisionError as e:
        print('caught', e)
    return 'done'

print(run(outer()))
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    print(c.throw(ZeroDivisionError('thrown')))
except StopIteration as e:
    print('stop', e.value)
except ZeroDivisionError as e:
    print('propagated', e)
c.close()

class AIter:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Yield('tick')
        return self.n

class ACM:
    async def __aenter__(self):
        print('aenter')
        await Yield('enter')
        return 'cm'
    async def __aexit__(self, t, v, tb):
        print('aexit', t)
        return True

async def agen(n):
    for i in range(n):
        x = await Yield(i)
        yield x

async def main():
    async for v in AIter(3):
        print('async for', v)
    else:
        print('async for else')
    async with ACM() as cm:
        print('in with', cm)
        raise ValueError('swallowed')
    print([x async for x in AIter(2)])
    print([x async for x in agen(3)])
    res = []
    async for x in agen(2):
        res.append(x)
    print(res)
    g = (x * 10 async for x in agen(2))
    print(type(g).__name__)
    print([y async for y in g])
    for i in range(3):
        async with ACM():
            if i == 1:
                break
            continue
    return 'main done'

print(run(main()))
