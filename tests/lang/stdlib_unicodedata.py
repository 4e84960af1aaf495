# unicodedata: every property of a sample of characters from every plane,
# in today's database (14.0.0) and in ucd_3_2_0; the four normalization
# forms (Hangul, reordering, blocked and unblocked composition, exclusions,
# singletons, the 3.2.0 corrigenda); names, aliases, named sequences; errors.
import unicodedata

def props(db, ch):
    return (db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch),
            db.mirrored(ch), db.decimal(ch, None), db.digit(ch, None), db.numeric(ch, None),
            db.decomposition(ch), db.name(ch, None))

sample = ('a', 'Z', '5', '\u00bd', '\u00b2', '\u0663', '\u2155', '\u216b', '\u3007', '\u4e00',
          '\u00e9', '\u0301', '\u0345', '\u05d0', '\u0627', '\u200f', '\ufb01', '\ufeff', '\uac01',
          '\uffff', '\U0001f600', '\U00020000', '\U0002f868', '\U000e0001', '\U0010ffff', '(',
          '\u2028', '\x00', '\u1e9b', '\u1b06', '\u2126', '\U0001d7ce')
for ch in sample:
    print(ascii(ch), props(unicodedata, ch))
    print('   3.2.0', props(unicodedata.ucd_3_2_0, ch))

for db in (unicodedata, unicodedata.ucd_3_2_0):
    checksum = 0
    for cp in range(0, 0x110000, 251):
        checksum = hash((checksum, repr(props(db, chr(cp)))))
    print(db.unidata_version, 'sample checksum', checksum)

strings = ['e\u0301', '\u00e9', 'a\u0323\u0307', 'a\u0307\u0323', '\u1e0b\u0323', 'q\u0307\u0323',
           '\u1100\u1161\u11a8', '\uac00\u11a8', '\uac01', '\u0b47\u0b3e', '\u0b47\u0300\u0b3e',
           '\u2126', '\u212b', '\u0344', '\u0f73', '\ufb01\u00bd\u2075', '\u1e9b\u0323',
           '\u05d0\u05b7\u05bc', '\ufb2c', '\U0002f868', '\u304b\u3099', '\u30ab\u3099\u309a',
           'abc', '', 'A\u030a\u0327', '\U0001d15e', '\u0300\u0301a']
for s in strings:
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        now = unicodedata.normalize(form, s)
        then = unicodedata.ucd_3_2_0.normalize(form, s)
        print(form, ascii(s), ascii(now), ascii(then), unicodedata.is_normalized(form, s))
s = 'plain ascii'
print(unicodedata.normalize('NFC', s) is s)

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'BYTE ORDER MARK', 'NBSP',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'HANGUL SYLLABLE GAG',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-2A700', 'GRINNING FACE',
             'cjk unified ideograph-4e00', 'NO SUCH THING', b'SPACE', 'x' * 300]:
    for db in (unicodedata, unicodedata.ucd_3_2_0):
        try:
            print(name, db.unidata_version, ascii(db.lookup(name)))
        except KeyError as e:
            print(name, db.unidata_version, 'KeyError', e)

print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
print(type(unicodedata.ucd_3_2_0).__name__, unicodedata.UCD)
print([n for n in dir(unicodedata) if not n.startswith('_')])
print(unicodedata.__doc__)
for expr in ['unicodedata.decimal("a")', 'unicodedata.digit("a")', 'unicodedata.numeric("a")',
             'unicodedata.name("\\x00")', 'unicodedata.category("ab")', 'unicodedata.category(1)',
             'unicodedata.category()', 'unicodedata.normalize("X", "a")',
             'unicodedata.normalize("NFC", 1)', 'unicodedata.normalize(1, "a")',
             'unicodedata.normalize("NFC")', 'unicodedata.is_normalized("NFC")',
             'unicodedata.decimal()', 'unicodedata.decimal("1", 2, 3)', 'unicodedata.lookup()',
             'unicodedata.lookup(1)', 'unicodedata.UCD()', 'unicodedata.decimal("\\u00b2", "d")',
             'unicodedata.name("\\U000f0000", 5)', 'unicodedata.combining("")']:
    try:
        print(expr, '->', ascii(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
