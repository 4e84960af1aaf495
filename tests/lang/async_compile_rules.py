# Where await, async for, async with and async comprehensions may stand,
# the code flags each async construct gives, and the errors where not.
import sys
srcs = ['def f(y): return (await x for x in y)', 'def f(y): return [await x for x in y]',
          'def f(y): return [x async for x in y]', 'def f(y): return (x async for x in y)',
          'async def f(y): return [x for x in y if await x]', 'def f(y): return [(await x for x in y) for z in y]',
          'async def f(y): return lambda: await y', 'await x', 'def f(): await x', 'class C: await x',
          'async def f():\n    class C: await x', 'async def f(): yield from x', 'async def f():\n    yield 1\n    return 2',
          'async for x in y: pass', 'async with x: pass', 'def f():\n    async for x in y: pass',
          'async def f(): return [x for x in await y]', 'def f(): return [x for x in await y]',
          'async def f(z):\n    return [[y async for y in x] for x in z]', 'def f(z):\n    return [[y async for y in x] for x in z]',
          'async def f():\n    yield 1\n    return', 'async def f():\n    await = 1', 'async = 1', 'def async(): pass',
          'async def f():\n    with (await x) as y: pass\n    async with a as b, c as d: pass',
          '@dec\nasync def f(a, *, b=1) -> int:\n    """doc"""\n    return await a ** 2',
          'async def f():\n    return {k: v async for k, v in x}, {v async for v in x}',
          'async x', 'async def f(): async x']
for s in srcs:
    try:
        co = compile(s, 'x', 'exec')
        fs = [c for c in co.co_consts if hasattr(c, 'co_flags')]
        print('ok', repr(s), [hex(c.co_flags) for c in fs], [[(d.co_name, hex(d.co_flags)) for d in c.co_consts if hasattr(d, 'co_flags')] for c in fs])
    except SyntaxError as e:
        print('err', repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
