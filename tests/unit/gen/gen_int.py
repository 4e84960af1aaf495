"""The tables of tests/unit/test_int.c: int arithmetic, pow with a modulus,
parsing and hashing as python3.11 does them.  Writes int_tables.inc."""
import operator
from tablegen import c_str, outcome, table, write_inc

# Both representations (int64 and GMP) and the edges between them.
VALUES = [0, 1, -1, 7, -7, 2**31, 2**62 + 3, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64,
          10**30 + 7, -10**30 + 11, 9**25]
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '//': operator.floordiv,
       '%': operator.mod, '&': operator.and_, '|': operator.or_, '^': operator.xor,
       '<<': operator.lshift, '>>': operator.rshift, '**': operator.pow, '/': operator.truediv}
SHIFTS = [0, 1, 3, 62, 63, 64, 65, 130, -1]
EXPONENTS = [0, 1, 2, 3, 5, 17, -1, -2]
# Division's rounding at the float edges, and powers past the int64 range.
EXTRA = [('/', 1, 3), ('/', 2**1100, 3**600), ('/', 2**1100, 1), ('/', 1, 10**400),
         ('/', 2**53 + 1, 1), ('/', -2**1074, 2**2148), ('/', 1, 2**1074), ('/', 3, 2**1075),
         ('/', 1, 2**1075), ('/', 10**22 + 1, 10**5), ('/', 2**64 - 1, 3),
         ('**', 2, 100), ('**', -3, 41), ('**', 10, -400), ('**', 0, -1), ('**', -2, 63),
         ('**', -2, 64), ('**', 2, -1074), ('**', 2, -1080),
         ('//', -2**63, -1), ('%', -2**63, -1)]

POWMOD = [(2, 10, 1000), (3, 2, -5), (-3, 3, 5), (2, -1, 5), (2, -1, -5), (3, 10**30, 10**40 + 1),
          (2, -1, 1), (0, 0, 1), (5, 0, -1), (2**70, 3, 97), (0, -1, 5), (2, 3, 0),
          (-7, 2**64 + 1, -2**63), (7, 2**64 + 1, 2**63 - 1), (12345678901234567, 98765, 2**61 - 1),
          (-1, -1, 2**100), (6, -1, 9)]

PARSE = [('0', 10), ('-0', 10), (' 42 ', 10), ('+17', 10), ('1_000_000', 10), ('1__0', 10),
         ('_1', 10), ('1_', 10), ('', 10), ('  ', 10), ('-', 10), ('+-1', 10), ('- 1', 10),
         ('9223372036854775807', 10), ('9223372036854775808', 10), ('-9223372036854775808', 10),
         ('-9223372036854775809', 10), ('18446744073709551616', 10), ('0x1F', 16), ('0x', 16),
         ('1f', 16), ('0X1f', 0), ('0o17', 0), ('0b101', 0), ('0b_1', 0), ('010', 0), ('00', 0),
         ('0_0', 0), ('0x_1f', 0), ('-0x_1f', 0), ('z', 36), ('Z', 36), ('5', 2), ('12', 3),
         ('0b1', 16), ('1' * 40, 10), ('-' + '9' * 30, 10), ('f' * 40, 16), ('1_2_3', 0),
         ('12a', 10), ('\u0661\u0662\u0663', 10), ('5\u3000', 10), ('\u0663x', 10), ('\x1c5', 10),
         ('0xffffffffffffffff', 0), ('-0x8000000000000000', 0), ('1e5', 10), ('12.0', 10),
         ('0o8', 0), ('0b2', 0)]

HASHES = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -2**61, 2**63 - 1, -2**63, 2**63,
          2**64, -2**64, 2**100, -2**100, 10**30, -10**30, 3**80, 123456789, -987654321]


def bin_row(op, a, b):
    r = outcome(lambda: OPS[op](a, b))
    return '{ %s, %s, %s, %s }' % (c_str(op), c_str(str(a)), c_str(str(b)), c_str(r, True))


def bin_rows():
    for op in ['+', '-', '*', '//', '%', '&', '|', '^']:
        for a in VALUES:
            for b in VALUES:
                yield bin_row(op, a, b)
    for a in VALUES:
        for b in SHIFTS:
            yield bin_row('<<', a, b)
            yield bin_row('>>', a, b)
        for b in EXPONENTS:
            yield bin_row('**', a, b)
        for b in VALUES:
            yield bin_row('/', a, b)
    for op, a, b in EXTRA:
        yield bin_row(op, a, b)


def main():
    text = '/* op, a, b, repr of the result or !Error: message */\n'
    text += table('BinCase', 'bin_cases', list(bin_rows()))
    text += table('PowModCase', 'powmod_cases', [
        '{ %s, %s, %s, %s }' % (c_str(str(a)), c_str(str(b)), c_str(str(m)),
                                c_str(outcome(lambda: pow(a, b, m)), True))
        for a, b, m in POWMOD])
    text += table('ParseCase', 'parse_cases', [
        '{ %s, %d, %s }' % (c_str(s, True), base, c_str(outcome(lambda: int(s, base)), True))
        for s, base in PARSE])
    text += table('HashCase', 'hash_cases', ['{ %s, %dLL }' % (c_str(str(v)), hash(v)) for v in HASHES])
    write_inc('int_tables.inc', text)


main()
