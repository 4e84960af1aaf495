# match statements of every pattern kind: literals (numbers, complex,
# strings, None/True/False), sequences with and without a star, mappings
# with **rest, class patterns with __match_args__ and keywords, or-patterns,
# as, guards, the wildcard, a tuple subject, and match/case as names.
def f(x):
    match x:
        case 1 | -2 | 3+4j | 'a' 'b' | None | True:
            return 'lit'
        case [a, *_, b] | (a, b, *_) if a == 0:
            return ('seq', a, b)
        case {1: y, 'k': z, **rest}:
            return ('map', y, z, rest)
        case {}:
            return 'emptymap'
        case int(n) as q if q > 100:
            return ('int', n, q)
        case str() | bytes():
            return 'strlike'
        case [*r]:
            return ('star', r)
        case ():
            return 'never'
        case _:
            return 'other'
for v in [1, -2, 3+4j, 'ab', None, True, [0, 5, 6, 7], (0, 9), [1, 2], {1: 'y', 'k': 'z', 3: 4}, {1: 2}, {}, 500, 5, 'x', b'y', [], (1,2,3), 2.5]:
    print(repr(v), f(v))
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def g(p):
    match p:
        case P(0, y=yy):
            return ('zero', yy)
        case P(x, y) if x == y:
            return ('diag', x)
        case P(x=1 | 2 as xx):
            return ('small', xx)
        case P():
            return 'P'
print(g(P(0, 5)), g(P(3, 3)), g(P(2, 9)), g(P(7, 8)), g(5))
match = 3
case = 4
print(match + case)
match (1, 2):
    case (a, b):
        print('tuple', a, b)
