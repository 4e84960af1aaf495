"""The tables of tests/unit/test_str.c: str, bytes and bytearray methods,
hashes (under PYTHONHASHSEED=0, as the tests' interpreter hashes), repr and
ascii, the Unicode properties of sample code points, and decoding, all as
python3.11 gives them.  Writes str_tables.inc."""
import os
import sys
import unicodedata
from tablegen import c_str, enc_value, outcome, table, write_inc

if os.environ.get('PYTHONHASHSEED') != '0':
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED='0'))

# The calls made on every sample below.
STR_METHODS = [
    ('capitalize', ()), ('casefold', ()), ('lower', ()), ('upper', ()), ('swapcase', ()),
    ('title', ()), ('isalnum', ()), ('isalpha', ()), ('isascii', ()), ('isdecimal', ()),
    ('isdigit', ()), ('isidentifier', ()), ('islower', ()), ('isnumeric', ()), ('isprintable', ()),
    ('isspace', ()), ('istitle', ()), ('isupper', ()), ('split', ()), ('rsplit', ()),
    ('splitlines', ()), ('strip', ()), ('lstrip', ()), ('rstrip', ()), ('expandtabs', ()),
    ('encode', ()), ('center', (10, '*')), ('ljust', (10, '*')), ('rjust', (10, '*')),
    ('center', (11, 'é')), ('ljust', (11, 'é')), ('rjust', (11, 'é')), ('zfill', (6,)),
    ('zfill', (0,)), ('startswith', (('x', 'a', 'H'),)), ('endswith', (('d', 'c'),)),
    ('split', (None, 1)), ('rsplit', (None, 1)), ('split', (',', 2)), ('rsplit', (',', 2)),
    ('splitlines', (True,)), ('strip', ('a',)), ('strip', ('ld',)), ('lstrip', (' h',)),
    ('rstrip', ('dlr',)), ('expandtabs', (4,)), ('expandtabs', (0,)), ('encode', ('ascii',)),
    ('encode', ('ascii', 'replace')), ('encode', ('latin-1', 'ignore')),
    ('encode', ('ascii', 'backslashreplace')), ('encode', ('latin-1', 'xmlcharrefreplace')),
    ('join', (['x', 'y', 'z'],)), ('join', ([],)), ('join', (['solo'],)),
    ('translate', ({97: 'A', 98: None, 931: 'S'},)),
]

# Each search method with each needle.
NEEDLES = ['l', '', 'ΣΑ', 'zz', '😀']
SEARCH_FORMS = [
    ('find', ()), ('rfind', ()), ('count', ()), ('find', (2, -1)), ('rfind', (2, -1)),
    ('count', (2, -1)), ('find', (50,)), ('rfind', (50,)), ('count', (50,)), ('index', ()),
    ('rindex', ()), ('startswith', ()), ('endswith', ()), ('startswith', (1,)),
    ('endswith', (0, -1)), ('partition', ()), ('rpartition', ()), ('split', ()), ('rsplit', (1,)),
    ('replace', ('<>',)), ('replace', ('', 1)), ('removeprefix', ()), ('removesuffix', ()),
]
STR_SEARCHES = [(method, (needle,) + rest) for needle in NEEDLES for method, rest in SEARCH_FORMS]

# (self, [(method, args), ...]): repr(self.method(*args)) for each.
STR_CALLS = [
    ('', STR_METHODS),
    ('Hello World', STR_METHODS),
    ('  padded  ', STR_METHODS),
    ('a,b,,c', STR_METHODS),
    ('héllo wörld', STR_METHODS),
    ('ΑΣ ΣΑΣ', STR_METHODS),
    ('straße ﬁne ǆ', STR_METHODS),
    ('İstanbul', STR_METHODS),
    ('x\ty\tz', STR_METHODS),
    ('l1\nl2\r\nl3\rl4\x0bl5\x1c\x85\u2028end', STR_METHODS),
    ('€uro 😀 emoji', STR_METHODS),
    ('MiXeD cAsE 123', STR_METHODS),
    ('٠١²⅕', STR_METHODS),
    ("can't stop", STR_METHODS),
    (' \t\n\u2003x\u3000', STR_METHODS),
    ('-42', STR_METHODS),
    ('snake_case_id', STR_METHODS),
    ('àb', STR_METHODS),
    ('héllo wörld', [('center', ()), ('center', (5, 'ab')), ('center', (5, 1)), ('count', ()),
        ('count', (1,)), ('find', ('a', 'x')), ('split', ('',)), ('split', (1,)), ('join', ([1],)),
        ('join', (['a', 2],)), ('join', (1,)), ('index', ('zz',)), ('rindex', ('zz',)),
        ('partition', ('',)), ('partition', (1,)), ('removeprefix', (1,)), ('startswith', (1,)),
        ('startswith', (('z', 1),)), ('endswith', ([],))]),
    ('héllo €', [('encode', ('foo',)), ('encode', ('ascii', 'foo'))]),
    ('héllo wörld', [('zfill', ('x',)), ('strip', (1,)), ('replace', ('a',)),
        ('replace', (1, 'b')), ('expandtabs', ('x',)), ('splitlines', (1.5,)),
        ('translate', ({97: 1.5},)), ('translate', ({97: -1},)), ('lower', (1,)), ('join', ()),
        ('ljust', (1, 2, 3)), ('count', ('a', 1, 2, 3)),
        ('center', (10**30,)),
        ('split', (None, 10**30))]),
    ('aaa', STR_SEARCHES),
    ('héllo wörld', STR_SEARCHES),
    ('ΑΣ ΣΑΣ', STR_SEARCHES),
    ('€uro 😀 emoji', STR_SEARCHES),
]

STR_HASHES = [
    '',
    'a',
    'abc',
    'hello world',
    'abcdefgh',
    'abcdefghi',
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'é',
    'ÿ',
    'café',
    '€',
    'a€b',
    '😀',
    'a😀',
    'Ā',
    '\uffff',
    '𐀀',
    'ĀĀĀĀĀĀĀĀĀ',
    'key_7',
    '\x00',
]

BYTES_HASHES = [
    b'',
    b'a',
    b'abc',
    b'hello world',
    b'abcdefgh',
    b'abcdefghi',
    b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    b'\xc3\xa9',
    b'\xff\x00\x01',
]

REPRS = [
    '',
    'abc',
    "it's",
    'say "hi"',
    'both \' and "',
    'back\\slash',
    'tab\there\nnl\rcr',
    '\x02\x01\x7f\x80\x9f\xa0',
    'é€😀',
    '\u200b\u2028\ufeff',
    '\U000e0001\U0010ffff',
    '\x1b[0m',
]

CODE_POINTS = [
    0x0, 0x3, 0x6, 0x9, 0xc, 0xf, 0x12, 0x15, 0x18, 0x1b, 0x1e, 0x21, 0x24, 0x27, 0x2a, 0x2d, 0x30,
    0x33, 0x36, 0x39, 0x3c, 0x3f, 0x42, 0x45, 0x48, 0x4b, 0x4e, 0x51, 0x54, 0x57, 0x5a, 0x5d, 0x60,
    0x63, 0x66, 0x69, 0x6c, 0x6f, 0x72, 0x75, 0x78, 0x7b, 0x7e, 0x81, 0x84, 0x87, 0x8a, 0x8d, 0x90,
    0x93, 0x96, 0x99, 0x9c, 0x9f, 0xa2, 0xa5, 0xa8, 0xab, 0xae, 0xb1, 0xb4, 0xb7, 0xba, 0xbd, 0xc0,
    0xc3, 0xc6, 0xc9, 0xcc, 0xcf, 0xd2, 0xd5, 0xd8, 0xdb, 0xde, 0xe1, 0xe4, 0xe7, 0xea, 0xed, 0xf0,
    0xf3, 0xf6, 0xf9, 0xfc, 0xff, 0x100, 0x105, 0x10a, 0x10f, 0x114, 0x119, 0x11e, 0x123, 0x128,
    0x12d, 0x130, 0x131, 0x132, 0x137, 0x13c, 0x141, 0x146, 0x149, 0x14b, 0x150, 0x155, 0x15a,
    0x15f, 0x164, 0x169, 0x16e, 0x173, 0x178, 0x17d, 0x1b1, 0x1c4, 0x1c5, 0x1c6, 0x1f1, 0x1f2,
    0x1f3, 0x345, 0x37a, 0x390, 0x3a3, 0x3c2, 0x47c, 0x638, 0x1017, 0x1e9e, 0x2160, 0x2170, 0x24b6,
    0x296b, 0x40f3, 0x5860, 0x8e2a, 0x9e04, 0xa4bc, 0xabda, 0xcfd0, 0xd2b2, 0xd800, 0xe522, 0xe6da,
    0xf12f, 0xf992, 0xfb00, 0xfb03, 0x103ca, 0x103fc, 0x10400, 0x11e68, 0x1215d, 0x16014, 0x1710c,
    0x17cb3, 0x1a197, 0x1a718, 0x1c075, 0x1f600, 0x1fca0, 0x221d9, 0x22f94, 0x23376, 0x23c14,
    0x23e6c, 0x25473, 0x267b0, 0x275ee, 0x29b33, 0x2ab23, 0x2def9, 0x2dfa6, 0x2e3c8, 0x2e6a8,
    0x2fb38, 0x306c7, 0x3090e, 0x30a8b, 0x30eb0, 0x31a18, 0x322ed, 0x34897, 0x34f4a, 0x368db,
    0x36ca3, 0x3932a, 0x393a2, 0x3a5b9, 0x3a65c, 0x3b130, 0x3ca72, 0x3cb6d, 0x3dc81, 0x3e23e,
    0x3f154, 0x3f498, 0x4070d, 0x42133, 0x429a3, 0x454e9, 0x462a3, 0x481a0, 0x49763, 0x4af2d,
    0x4b182, 0x4b21e, 0x4cbdf, 0x4cd34, 0x511d9, 0x528d3, 0x52e46, 0x548c1, 0x564cf, 0x57934,
    0x581b4, 0x5cddf, 0x5d7bc, 0x60b6a, 0x6298f, 0x6356d, 0x6400d, 0x65204, 0x66007, 0x6642f,
    0x66d2a, 0x68c1f, 0x6a839, 0x6c699, 0x6ed12, 0x6fce5, 0x71c6d, 0x71c93, 0x71eb1, 0x7267e,
    0x75df3, 0x78a66, 0x78d07, 0x790f8, 0x7d434, 0x7d779, 0x7e5cd, 0x7e864, 0x7eb76, 0x7f287,
    0x7f609, 0x80256, 0x803d6, 0x80e12, 0x814a4, 0x82759, 0x82b52, 0x830d0, 0x83341, 0x835c0,
    0x8390d, 0x848e5, 0x856b7, 0x869f8, 0x8703a, 0x87068, 0x878a9, 0x8851b, 0x88b00, 0x8ac25,
    0x8ae79, 0x8b127, 0x8c68e, 0x8d100, 0x8ec0c, 0x8fcbd, 0x9021d, 0x906b0, 0x9079e, 0x90c6d,
    0x95180, 0x95471, 0x964ce, 0x97cc0, 0x9add1, 0x9b393, 0x9c58e, 0x9e920, 0x9f425, 0xa0114,
    0xa1176, 0xa1b5e, 0xa554e, 0xaa16f, 0xaad33, 0xacabf, 0xade23, 0xae1ff, 0xb11dd, 0xb2024,
    0xb512d, 0xb6296, 0xb7680, 0xb787e, 0xb788a, 0xb8c1c, 0xba97f, 0xbb38c, 0xbbb9f, 0xbc7c2,
    0xbcd12, 0xbce2f, 0xc0eaa, 0xc236e, 0xc2e9a, 0xc39db, 0xc3f21, 0xc4c21, 0xc503d, 0xc6140,
    0xc6b21, 0xc6bf3, 0xc6c63, 0xc9b96, 0xc9dc9, 0xcb30c, 0xcbbe1, 0xcec69, 0xcfce2, 0xd03cc,
    0xd2f87, 0xd5f3f, 0xd6782, 0xd68ad, 0xd86ab, 0xd8b9e, 0xd9b26, 0xd9ca5, 0xda613, 0xdbf34,
    0xdfdc0, 0xe0001, 0xe0838, 0xe0ae7, 0xe217d, 0xe2d73, 0xe3dc6, 0xe4255, 0xe526d, 0xe61a2,
    0xe650a, 0xe65c8, 0xe7d34, 0xe83c2, 0xe923a, 0xeb865, 0xef009, 0xefe8a, 0xf0121, 0xf02ec,
    0xf05a8, 0xf0a94, 0xf144a, 0xf30c0, 0xf3d2e, 0xf613e, 0xf847b, 0xf8590, 0xf93f4, 0xf973b,
    0xf9ee3, 0xfa7d5, 0xfa7db, 0xfb18f, 0xfdaee, 0x10056e, 0x1006f6, 0x10381f, 0x1043c1, 0x104445,
    0x107265, 0x1086c5, 0x10a2a1, 0x10b238, 0x10c30c, 0x10d490, 0x10df99, 0x10e818, 0x10f7e3,
    0x10ffff,
]

CODECS = [
    ('utf-8', 'strict'), ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8', 'backslashreplace'),
    ('ascii', 'strict'), ('ascii', 'replace'), ('latin-1', 'strict'),
]

# (data, [(encoding, errors), ...]): data.decode(encoding, errors) for each.
DECODES = [
    (b'abc', CODECS),
    (b'\xe2\x82', CODECS),
    (b'\xe2', CODECS),
    (b'\xf0\x90\x80A', CODECS),
    (b'\xf0\x80', CODECS),
    (b'\xed\xa0\x80', CODECS),
    (b'\xc0\x80', CODECS),
    (b'a\xe2\x82\xac\xff', CODECS),
    (b'\xe0\x80\x80', CODECS),
    (b'\xf4\x90\x80\x80', CODECS),
    (b'\xf8', CODECS),
    (b'\xf0\x9f\x98\x80', CODECS),
    (b'\xc3\xa9t\xc3\xa9', CODECS),
]

# Each of BYTES_METHODS on each sample (True: on a bytearray of it too, after the bytes).
BYTES_METHODS = [
    ('capitalize', ()), ('lower', ()), ('upper', ()), ('swapcase', ()), ('title', ()),
    ('isalnum', ()), ('isalpha', ()), ('isascii', ()), ('isdigit', ()), ('islower', ()),
    ('isspace', ()), ('istitle', ()), ('isupper', ()), ('split', ()), ('rsplit', ()),
    ('splitlines', ()), ('splitlines', (True,)), ('strip', ()), ('lstrip', ()), ('rstrip', ()),
    ('expandtabs', ()), ('expandtabs', (4,)), ('hex', ()), ('hex', (':',)), ('hex', ('-', 2)),
    ('hex', (b'|', -2)), ('decode', ()), ('decode', ('latin-1',)),
    ('decode', ('ascii', 'replace')), ('center', (15, b'*')), ('ljust', (12,)),
    ('rjust', (12, b'0')), ('zfill', (14,)), ('count', (b'a',)), ('count', (97,)),
    ('count', (b'',)), ('find', (b'b',)), ('find', (98, 1)), ('rfind', (b'l',)),
    ('index', (b'a',)), ('rindex', (99,)), ('startswith', (b'a',)), ('endswith', ((b'c', b'\r'),)),
    ('split', (b',',)), ('split', (None, 1)), ('rsplit', (b'l', 1)), ('partition', (b'l',)),
    ('rpartition', (b'a',)), ('replace', (b'a', b'<>')), ('replace', (b'', b'-', 3)),
    ('strip', (b'a\r',)), ('removeprefix', (b'ab',)), ('removesuffix', (b'\r',)),
    ('translate', (None, b'aeiou')), ('join', ([b'x', bytearray(b'y')],)),
]
BYTES_SAMPLES = [
    (b'', False),
    (b'abc', True),
    (b'Hello World', False),
    (b'  a b  c  ', False),
    (b'a,b,,c', True),
    (b'x\ty\r\nl3\r', False),
    (b'\x00\xff\x7f\x80', False),
    (b'MiXeD 123', False),
]
# More calls on one sample each.
BYTES_EXTRA = [
    (b'abc', [('center', (5, '*')), ('center', (5, b'**')), ('count', ('b',)), ('find', (300,)),
        ('index', (b'z',)), ('startswith', ('a',)), ('startswith', ((b'x', 'y'),)),
        ('split', (',',)), ('split', (b'',)), ('join', ([b'a', 'b'],)), ('join', (1,)),
        ('strip', ('a',)), ('replace', ('b', b'x')), ('partition', ('.',)), ('hex', ('::',)),
        ('hex', (1,)), ('decode', ('foo',)), ('translate', (b'x',)), ('upper', (1,)),
        ('count', ())]),
]


def call_row(self, method, args):
    # A copy of its own: a bytearray method must not see another call's changes.
    obj = type(self)(self)
    got = outcome(lambda: getattr(obj, method)(*args))
    shown = self if isinstance(self, str) else enc_value(self)
    return '{ %s, %s, %s, %s }' % (c_str(shown), c_str(method), c_str(enc_value(args)), c_str(got))


def bytes_rows():
    for sample, with_bytearray in BYTES_SAMPLES:
        for method, args in BYTES_METHODS:
            yield call_row(sample, method, args)
            if with_bytearray:
                yield call_row(bytearray(sample), method, args)
    for sample, calls in BYTES_EXTRA:
        for method, args in calls:
            yield call_row(sample, method, args)


def seq(text):
    return '{%d, {%s}}' % (len(text), ', '.join('0x%x' % ord(ch) for ch in text))


# The bits of UniCase.flags, lowest first.
PROPERTIES = [str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isspace, str.isupper,
              str.islower, lambda ch: unicodedata.category(ch) == 'Lt', str.isprintable,
              str.isidentifier, lambda ch: ('a' + ch).isidentifier()]


def uni_row(cp):
    ch = chr(cp)
    flags = sum(1 << i for i, prop in enumerate(PROPERTIES) if prop(ch))
    return '{ 0x%x, 0x%x, %d, %s, %s, %s, %s }' % (cp, flags, unicodedata.decimal(ch, -1), seq(ch.upper()),
                                                  seq(ch.lower()), seq(ch.title()), seq(ch.casefold()))


def main():
    text = '/* self, method, args, repr(result) or !Error: message */\n'
    text += table('MethodCase', 'method_cases', [call_row(self, method, args)
                                                for self, calls in STR_CALLS for method, args in calls])
    text += '/* data, its length, hash (PYTHONHASHSEED=0) */\n'
    text += table('HashCase', 'str_hash_cases', [
        '{ %s, %d, %dLL }' % (c_str(s), len(s.encode('utf-8', 'surrogatepass')), hash(s))
        for s in STR_HASHES])
    text += table('HashCase', 'bytes_hash_cases', [
        '{ %s, %d, %dLL }' % (c_str(b), len(b), hash(b)) for b in BYTES_HASHES])
    text += table('ReprCase', 'repr_cases', [
        '{ %s, %s, %s }' % (c_str(s), c_str(repr(s)), c_str(ascii(s))) for s in REPRS])
    text += ('/* code point, flags (alpha decimal digit numeric space upper lower title printable'
             ' xidstart xidcontinue), decimal, upper, lower, title, fold */\n')
    text += table('UniCase', 'uni_cases', [uni_row(cp) for cp in CODE_POINTS])
    text += table('DecodeCase', 'decode_cases', [
        '{ %s, %d, %s, %s, %s }' % (c_str(data), len(data), c_str(enc), c_str(errors),
                                    c_str(outcome(lambda: data.decode(enc, errors), str)))
        for data, pairs in DECODES for enc, errors in pairs])
    text += '/* self, method, args, repr(result) or !Error: message */\n'
    text += table('BytesCase', 'bytes_cases', list(bytes_rows()))
    write_inc('str_tables.inc', text)


main()
