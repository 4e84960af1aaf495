# sys.settrace: CPython 3.11's events for with/async with, match, multi-line
# comprehensions, try/finally with break/continue/return, loops with else,
# chained exceptions, yield from, async comprehensions and class bodies.
import sys

log = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('run', 'tracer', 'arun'):
        return None
    if event == 'exception':
        a = arg[0].__name__
    elif event == 'return':
        a = type(arg).__name__
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

def arun(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
class ACM:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return False
def with_stmt():
    with CM() as a, CM() as b:
        x = 1
    with CM():
        pass
    try:
        with CM():
            raise KeyError
    except KeyError:
        pass
    return x
run(with_stmt)
async def awith():
    async with ACM() as a:
        x = 1
    return x
run(arun, awith())
def matcher(v):
    match v:
        case [1, 2]:
            r = 'list'
        case {'a': x}:
            r = x
        case int() if v > 3:
            r = 'big'
        case _:
            r = 'other'
    return r
for v in ([1, 2], {'a': 5}, 7, 'z'):
    run(matcher, v)
def comps():
    a = [i for i in range(3)]
    b = {i: i for i in range(2)}
    c = list(i for i in range(2))
    d = [(i,
          j) for i in range(2)
         for j in range(2) if i]
    return a, b, c, d
run(comps)
def fin():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
        finally:
            x = i
    try:
        return 1
    finally:
        y = 2
run(fin)
def loops():
    for i in range(2):
        pass
    else:
        z = 1
    n = 0
    while n < 2:
        n += 1
    else:
        z = 2
    assert n == 2, 'x'
    a = (1 <
         2 < 3)
    f = lambda q: (q +
                   1)
    return f(a)
run(loops)
def exc():
    try:
        try:
            1/0
        except ZeroDivisionError as e:
            raise ValueError from e
    except ValueError:
        pass
    try:
        {}['k']
    except (KeyError, IndexError):
        r = 1
    else:
        r = 2
    finally:
        r += 1
    return r
run(exc)
def nested_gen():
    def g():
        for i in range(2):
            yield i
        return 5
    x = yield from g()
    yield x
run(list, nested_gen())
def ifs(a):
    if a:
        b = 1
    elif a is None:
        b = 2
    else:
        b = 3
    return b if b else (
        0)
run(ifs, 0); run(ifs, None)
def unpack():
    a, *b = [1, 2, 3]
    (c,
     d) = 1, 2
    del a
    global G
    G = 1
    return b
run(unpack)
def raise_uncaught():
    x = 1
    raise KeyError(x)
run(raise_uncaught)
async def agen():
    for i in range(2):
        yield i
async def ause():
    r = [x async for x in agen()]
    async for y in agen():
        r.append(y)
    return r
run(arun, ause())
def classbody():
    class K:
        a = 1
        if a:
            b = 2
        def m(self):
            return 3
    return K().m()
run(classbody)
