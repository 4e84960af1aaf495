# reduce and partial: results, flattening, attributes, reprs, errors.
from functools import reduce, partial

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], "init"), reduce(lambda a, b: 0, ["only"]))
print(reduce(lambda acc, s: acc + [len(s)], ["a", "bb", "ccc"], []))
print(reduce(max, iter([3, 9, 2])))

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: reduce(len))
show(lambda: reduce(len, 1))
show(lambda: reduce(len, [], x=1))
show(lambda: reduce(len, []))
show(lambda: reduce(len, [], 1, 2))
show(lambda: reduce(lambda a, b: a / b, [1, 0]))

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=6))
print(p.func is f, p.args, p.keywords)
q = partial(p, 7, b=8)
print(q.func is f, q.args, q.keywords, q())
p.attr = "x"
r = partial(p, 9)
print(r.func is p, r.args, r(), p.__dict__)
print(partial(f)(), partial(f, x=1)(x=2))
pp = partial(partial(partial(f, 1), 2), 3)
print(pp.func is f, pp.args)

def g(a, b, c=0):
    return a * 100 + b * 10 + c
print(partial(g, 1)(2), partial(g, c=5)(1, 2), partial(g, b=3)(1))
show(lambda: partial(g, 1, 2, 3)(4))
show(lambda: partial(g, a=1)(2))

rep = repr(partial(f, 1, "s", k=[2]))
print(rep.startswith("functools.partial(<function f at 0x"), rep[rep.index(">"):])
print(repr(partial(len)), repr(partial(len, "abc", key=None)))
class Sub(partial):
    pass
print(repr(Sub(len, 1)), type(Sub(partial(len), 1)).__name__, Sub(partial(f, 1), 2).args)
print(Sub(f, 1)(2))
selfref = partial(len)
selfref.__dict__["me"] = selfref
show(lambda: partial())
show(lambda: partial(1))
show(lambda: setattr(p, "func", len))
show(lambda: delattr(p, "args"))
show(lambda: setattr(p, "__dict__", 1))
show(lambda: delattr(p, "__dict__"))

class C:
    m = partial(f, "no binding")
print(C().m(1))
print(list(map(partial(int, base=2), ["101", "11"])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
print(type(p).__name__, type(p).__module__, callable(p))
