# _string: the two parsers string.Formatter uses, which take a format
# string apart exactly as str.format does.
import _string


def parse(s):
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)


for s in ['', 'abc', 'a{{b}}c', '{}', '{0}', 'x{a.b[c]!r:>{w}}y', '{!s}', '{:}', '{0!}', '{0!r',
          '{0!rx}', '}', '{', 'a}b', '{a{b}c}', '{0:{1}{2}}', '{[}]}', '{x[a}b]}', '{0!r:}',
          '\xe9{\xe9}\xe9\u20ac', '{0!}}', '{{}}', '}}{{', '{0:{{}}}', '{!\u20ac}', '{0:', 'a{0!']:
    parse(s)


def split(s):
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except ValueError as e:
        print(repr(s), 'ValueError', e)


for s in ['a', '0', 'a.b[0][x].c', '', '[0]', 'a.', 'a[', 'a[]', 'a[0]x', '0.a', '12x', '-1', 'a..b',
          '00', '\xe9.\u20ac[\xe9]', 'a[0].b[-1]', 'a[ 1 ]']:
    split(s)

it = _string.formatter_parser('a{b}c')
print(type(it).__name__, iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')
first, rest = _string.formatter_field_name_split('x.y')
print(type(rest).__name__, next(rest))
for bad in [1, b'x']:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print('TypeError')
# str.format and the parser agree
print('{0[1]}-{x.real!r:>4}-{{lit}}'.format([5, 6], x=7), '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
try:
    '{0[0]x}'.format([1])
except ValueError as e:
    print(e)
