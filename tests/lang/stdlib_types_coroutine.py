# types.coroutine: a generator function made awaitable by setting
# CO_ITERABLE_COROUTINE through code.replace(co_flags=...), as asyncio's
# sleep(0) uses it; other flag changes stay refused.
import types

@types.coroutine
def yield_once(value):
    got = yield value
    return got * 2

print(bool(yield_once.__code__.co_flags & 0x100))

async def user():
    r = await yield_once("to the driver")
    return r + 1

c = user()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)

def plain():
    yield 1

co = plain.__code__
print(co.replace(co_flags=co.co_flags | 0x100).co_flags == co.co_flags | 0x100)
print(co.replace(co_flags=co.co_flags).co_flags == co.co_flags)

async def not_awaitable():
    await plain()

try:
    not_awaitable().send(None)
except TypeError as e:
    print(e)
