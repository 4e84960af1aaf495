# More match statements: attribute keys, a star capture of a tuple (a
# list), **rest, class-body and closure captures, generators, an __eq__
# that raises, nested sequences and mappings, or-patterns of sequences,
# as with a guard, and namedtuple (its __match_args__ and as a sequence).
import sys
class K:
    A = 1
    B = 'b'
def f(v):
    match v:
        case {K.A: a, K.B: b}:
            return ('attrkeys', a, b)
        case (1, *mid, 9):
            return ('mid', mid, type(mid).__name__)
        case [*_]:
            return 'anyseq'
        case {**rest} if rest:
            return ('rest', rest, sys.getrefcount(rest))
        case K.A:
            return 'one'
        case str(s) if len(s) > 3:
            return s
        case x:
            return ('x', x)
for v in [{1: 'a', 'b': 'c'}, (1, 2, 3, 9), [5], {'z': 1}, 1, 'hello', 'hi', 3.5]:
    print(f(v))
class C:
    match 5:
        case n:
            captured = n
print(C.captured)
def outer(v):
    match v:
        case [a, b]:
            def inner(): return a + b
            return inner()
print(outer([2, 3]))
def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 2
            case _:
                yield None
print(list(gen([1, 'a', 3])))
class Bad:
    def __eq__(self, o): raise ValueError('eq boom')
try:
    match Bad():
        case 1:
            pass
except ValueError as e:
    print('raised', e)
match [[1, [2, [3, [4]]]]]:
    case [[a, [b, [c, [d]]]]]:
        print(a, b, c, d)
match {'a': {'b': [1, 2]}}:
    case {'a': {'b': [_, y]}}:
        print('nested', y)
for v in [(1, 2), [1, 2], (1, 2, 3)]:
    match v:
        case (1, 2) | [1, 2, 3]:
            print('or-seq', v)
        case _:
            print('no', v)
match 5:
    case 1 | 2 | 3:
        print('small')
    case 4 | 5 as n if n > 4:
        print('n', n)
import collections
Point = collections.namedtuple('Point', 'x y')
match Point(1, 2):
    case Point(x, y):
        print('namedtuple', x, y)
    case _:
        pass
match Point(1, 2):
    case (a, b):
        print('as seq', a, b)
