# _operator, the C half operator.py takes over its Python functions: the
# same results and the same errors as the expressions (index of a float is
# a TypeError, which random.randrange relies on), CPython's own messages for
# concat, countOf, indexOf and length_hint, and argument checks.
import operator, _operator

print(operator.add is _operator.add, operator.__lt__ is _operator.lt, operator.attrgetter.__module__)

def show(f, *args, **kw):
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
    def __add__(self, other):
        return "Seq+" + repr(other)

show(_operator.index, 7)
show(_operator.index, 3.5)
show(_operator.index, True)
show(_operator.add, 1, 2)
show(_operator.add, [1], (2,))
show(_operator.and_, 6, 3)
show(_operator.or_, {1}, {2})
show(_operator.iand, 6, 3)
show(_operator.ipow, 2, 10)
show(_operator.pow, 2, -1)
show(_operator.matmul, 1, 2)
show(_operator.truediv, 1, 0)
show(_operator.inv, 5)
show(_operator.abs, -2.5)
show(_operator.neg, "x")
show(_operator.lt, 1, 2)
show(_operator.ge, [1], [1, 2])
show(_operator.eq, 1, "1")
show(_operator.lt, 1, "1")
show(_operator.truth, [])
show(_operator.not_, 0)
show(_operator.is_, None, None)
show(_operator.is_not, None, None)
show(_operator.concat, [1], [2])
show(_operator.concat, 1, 2)
show(_operator.concat, Seq(), 5)
show(_operator.concat, [1], (2,))
l = [1]
show(_operator.iconcat, l, (2, 3))
print(l)
show(_operator.iconcat, 1, 2)
show(_operator.contains, [1, 2], 2)
show(_operator.contains, 1, 1)
show(_operator.countOf, [1, 1.0, True, 2, float("nan")], 1)
nan = float("nan")
show(_operator.countOf, [nan, nan], nan)
show(_operator.countOf, 1, 1)
show(_operator.indexOf, Seq(), 20)
show(_operator.indexOf, [1], 2)
show(_operator.indexOf, 1, 2)
d = {}
show(_operator.setitem, d, "a", 1)
show(_operator.getitem, d, "a")
show(_operator.delitem, d, "a")
show(_operator.delitem, d, "a")
show(_operator.length_hint, [1, 2])
show(_operator.length_hint, iter(range(5)))
show(_operator.length_hint, 5)
show(_operator.length_hint, 5, 9)
show(_operator.length_hint, 5, "9")
show(_operator.call, dict, [(1, 2)], a=3)
show(_operator._compare_digest, b"abc", b"abc")
show(_operator._compare_digest, "abc", "abd")
show(_operator._compare_digest, "a", b"a")

# Argument checks.
show(_operator.add, 1)
show(_operator.add, 1, 2, 3)
show(_operator.add, a=1, b=2)
show(_operator.neg)
show(_operator.index)
show(_operator.setitem, 1, 2)
show(_operator.length_hint)
show(_operator.call)
print(_operator.add.__doc__, _operator.ixor.__doc__, _operator.gt.__doc__, _operator.abs.__doc__)
print(sorted(n for n in dir(_operator) if not n.startswith("__") and n not in ("attrgetter", "itemgetter", "methodcaller")))
