# sys.settrace: line events of expressions spread over lines as CPython 3.11
# reports them (calls, dict/list displays, attribute chains, subscripts,
# and/or, conditional expressions, yield, generator expressions, augmented
# assignment, match with guards, return in finally, try in a loop).
import sys

log = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('run', 'tracer'):
        return None
    if event == 'exception':
        a = arg[0].__name__
    elif event == 'return':
        a = repr(arg) if arg is None or isinstance(arg, (int, str, tuple, list)) else type(arg).__name__
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

def f(*a, **k): return len(a)
def multiline_call():
    x = f(1,
          2,
          f(3,
            4),
          k=5)
    d = {
        'a': 1,
        'b': [2,
              3],
    }
    s = (1 +
         2 *
         3)
    return x, d, s
run(multiline_call)
def attr_chain():
    class O: pass
    o = O()
    o.a = O()
    o.a.b = 1
    return (o
            .a
            .b)
run(attr_chain)
def subscripts():
    l = [[1, 2]]
    l[0][
        1] = 5
    return l[
        0]
run(subscripts)
def boolops(a, b):
    if (a and
            b):
        return 1
    r = (a or
         b)
    return r
run(boolops, 0, 1)
run(boolops, 1, 1)
def ternary(a):
    return (1
            if a
            else 2)
run(ternary, 0)
def ret_finally():
    try:
        return 1
    finally:
        return 2
run(ret_finally)
def loop_try():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        except ValueError:
            continue
        finally:
            pass
    return i
run(loop_try)
def yield_expr():
    x = yield (1 +
               2)
    yield x
def drive_y():
    g = yield_expr()
    a = next(g)
    b = g.send(5)
    return a, b
run(drive_y)
def genexp_multiline():
    return sum(x
               for x in range(3)
               if x)
run(genexp_multiline)
def star_assign():
    a, (b,
        c) = 1, (2, 3)
    return a + b + c
run(star_assign)
def aug():
    x = [0]
    x[0] += (1 +
             2)
    return x
run(aug)
def match_guard(v):
    match v:
        case (1, y) if y > 2:
            return 'a'
        case (1, y):
            return 'b'
        case {'k': [a, *rest]}:
            return rest
        case str() | bytes():
            return 's'
    return None
for v in ((1, 3), (1, 1), {'k': [1, 2, 3]}, b'x', 5):
    run(match_guard, v)
