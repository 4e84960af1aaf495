# sys.settrace: the events CPython 3.11 delivers for loops, comprehensions,
# exceptions, generators, with, decorators, classes, recursion, lambdas.
import sys

log = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        a = arg[0].__name__
    elif event == 'return' or event == 'call':
        a = repr(arg) if not isinstance(arg, CM) else "CM"
    else:
        a = ''
    log.append(f"{event} {name} {frame.f_lineno} {a}")
    return tracer

def run(fn, *args):
    log.clear()
    sys.settrace(tracer)
    try:
        r = fn(*args)
    except Exception as e:
        r = 'raised ' + type(e).__name__
    finally:
        sys.settrace(None)
    print(fn.__name__, r)
    for line in log:
        print('  ', line)

def loops(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
        if i == 4:
            break
    else:
        i = -1
    for j in range(3):
        pass
    for k in range(2): i += k
    return i

def comps(n):
    a = [x * 2 for x in range(n)]
    b = {x: x for x in range(n) if x}
    c = sum(x for x in range(n))
    return a, b, c

def inner(x):
    if x > 1:
        raise KeyError(x)
    return x

def excs(n):
    try:
        inner(n)
    except KeyError as e:
        n = -n
    finally:
        n += 100
    try:
        try:
            inner(5)
        finally:
            n += 1
    except Exception:
        pass
    return n

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            return x

def gens():
    g = gen(3)
    out = [next(g), next(g)]
    try:
        g.send(7)
    except StopIteration as e:
        out.append(e.value)
    out.extend(gen(2))
    return out

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True

def withs():
    with CM() as c:
        raise ValueError
    with CM():
        x = 1
    return x

def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper

@deco
def decorated(a,
              b):
    return (a +
            b)

def classes():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()

def rec(n):
    return n if n <= 0 else rec(n - 1)

def lam():
    f = lambda y: (y,
                   y + 1)
    return f(1)

def uncaught():
    inner(9)

run(loops, 10)
run(comps, 3)
run(excs, 3)
run(gens)
run(withs)
run(decorated, 1, 2)
run(classes)
run(rec, 2)
run(lam)
run(uncaught)
print(sys.gettrace())
