# co_varnames lists a function's plain locals in the order the compiler
# first names them, as CPython's does, and the frame releases its locals in
# that order: a finally body copied before a `return` names its locals
# before the code that follows the try does, and a try's else body comes
# before its except clauses.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

def finally_first(a):
    b = a
    try:
        if b % 2 == 1:
            return 'odd'
        o1 = D(1)
    finally:
        o2 = D(2)

def loads_before_stores():
    print(len([]) if False else 0) if False else None
    for i in range(1):
        j = i
    k = [m for m in range(2)]
    with open(__file__) as fh:
        n = 1
    try:
        raise ValueError
    except ValueError as e:
        p = 1
    q = r = 2
    s, *t = 1, 2
    del s
    return locals().keys()

def walrus_and_aug(x):
    if (y := x) > 0:
        z = y
    w = 0
    w += 1
    for u, v in [(1, 2)]:
        pass
    while (c := 0):
        pass
    return 1

def closure_cells(a):
    b = 1
    c = 2
    def inner():
        return a + c
    d = 3
    return inner

def dead_code():
    return 1
    late = 2

def nested_finally():
    for i in range(2):
        try:
            try:
                x = D(10 + i)
                if i:
                    break
            finally:
                y = D(20 + i)
        finally:
            z = D(30 + i)
    w = D(40)

def else_before_handlers(a):
    try:
        try:
            h = a
        except BaseException as e:
            return
        else:
            o1 = D(1)
    finally:
        for i in range(1):
            o2 = D(2)
            break

def star_else(a):
    try:
        p = a
    except* ValueError as eg:
        q = 1
    else:
        r = 2
    return 0

def match_names(v):
    match v:
        case [a, *rest]:
            b = a
        case {'k': c, **kw}:
            b = c
        case D(n=n) as dd:
            b = n
        case _:
            b = None
    return b

for f in (finally_first, loads_before_stores, walrus_and_aug, closure_cells, dead_code,
          nested_finally, else_before_handlers, star_else, match_names):
    co = f.__code__
    print(f.__name__, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(finally_first(2))
nested_finally()
else_before_handlers(0)
print(closure_cells(1).__code__.co_freevars)
