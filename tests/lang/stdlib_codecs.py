# _codecs under CPython's codecs module and encodings package: the codec
# functions, (result, consumed) pairs, incremental decoding, the registry,
# and str.encode / bytes.decode through it.
import codecs


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'start', ''), getattr(e, 'end', ''))


# UTF-8, with final and consumed counts
show(codecs.utf_8_encode, 'a\xe9\u20ac\U0001F600')
show(codecs.utf_8_decode, b'a\xe2\x82', 'strict', False)
show(codecs.utf_8_decode, b'a\xe2\x82', 'strict', True)
show(codecs.utf_8_decode, b'a\xe2\x82x', 'strict', False)
show(codecs.utf_8_decode, b'\xf4\x90\x80\x80')
show(codecs.utf_8_decode, bytearray(b'ab'))
show(codecs.utf_8_encode, '\ud800x')
# UTF-16 and UTF-32, BOMs and the _ex variants
show(codecs.utf_16_encode, 'ab')
show(codecs.utf_16_encode, 'a', 'strict', 1)
show(codecs.utf_16_le_encode, 'a\U00012345')
show(codecs.utf_16_be_encode, '\udc00')
show(codecs.utf_32_encode, 'ab')
show(codecs.utf_32_be_encode, '\ud800x')
show(codecs.utf_16_decode, b'\xff')
show(codecs.utf_16_decode, b'\xff\xfe', 'strict', False)
show(codecs.utf_16_decode, b'\xfe\xff\x00a\xd8\x08\xdfE')
show(codecs.utf_16_ex_decode, b'\xfe\xff\x00a', 'strict', 0, True)
show(codecs.utf_16_ex_decode, b'a\x00', 'strict', 0, True)
show(codecs.utf_16_le_decode, b'\x00\xd8a', 'strict', True)
show(codecs.utf_16_le_decode, b'\x00\xd8a', 'strict', False)
show(codecs.utf_16_le_decode, b'\x00\xd8a\x00', 'strict', True)
show(codecs.utf_16_le_decode, b'\x00\xdca\x00', 'strict', True)
show(codecs.utf_16_le_decode, b'a\x00b', 'replace', True)
show(codecs.utf_32_le_decode, b'\x00\x00\x11\x00')
show(codecs.utf_32_le_decode, b'\x00\xd8\x00\x00')
show(codecs.utf_32_le_decode, b'a\x00\x00', 'strict', True)
show(codecs.utf_32_ex_decode, b'\x00\x00\xfe\xff\x00\x00\x00a', 'strict', 0, True)
show(codecs.utf_32_decode, b'\xff\xfe\x00\x00a\x00\x00\x00b', 'strict', False)
# Latin-1, ASCII, charmap
show(codecs.latin_1_encode, 'a\u20ac\u20acb')
show(codecs.latin_1_decode, b'\xe9')
show(codecs.ascii_decode, b'a\xff\xffb')
show(codecs.ascii_encode, 'a\xe9b', 'replace')
show(codecs.charmap_decode, b'\x00\x01\x02', 'strict', 'ab')
show(codecs.charmap_decode, b'\x00\x01\x02', 'replace', {0: 'x', 1: None, 2: 66})
show(codecs.charmap_decode, b'\x00\x01', 'strict', 'a\ufffe')
show(codecs.charmap_decode, b'ab', 'strict', None)
show(codecs.charmap_decode, b'\xff', 'strict', {255: 0x110000})
show(codecs.charmap_encode, 'abc', 'strict', {97: 1, 98: b'xy'})
show(codecs.charmap_encode, 'abc', 'replace', {97: 1, 98: b'xy', 63: b'Q'})
show(codecs.charmap_encode, 'a', 'strict', {97: 256})
show(codecs.charmap_encode, 'a', 'strict', {97: 'x'})
show(codecs.charmap_build, 'ab\u20ac')
# the escape codecs
show(codecs.escape_encode, b'a\\\'"\x00\xff\t')
show(codecs.escape_decode, b'a\\x41\\n\\101\\\nz')
show(codecs.escape_decode, b'a\\x4')
show(codecs.escape_decode, b'a\\')
show(codecs.escape_decode, b'a\\x4gb', 'replace')
show(codecs.escape_decode, b'a\\x4g', 'ignore')
show(codecs.unicode_escape_encode, 'a\\\'"\x00\xff\t\u1234\U00012345')
show(codecs.unicode_escape_decode, b'a\\x41\\u20ac\\U0001F600\\N{DIGIT ONE}\\101\xe9')
show(codecs.unicode_escape_decode, 'a\\x41\xe9')
for data in [b'a\\x4', b'a\\x4g', b'a\\u12', b'a\\U00110000z', b'a\\N{foo}z', b'a\\N{foo', b'a\\N', b'a\\']:
    show(codecs.unicode_escape_decode, data)
    show(codecs.unicode_escape_decode, data, 'strict', False)
show(codecs.unicode_escape_decode, b'a\\x4g', 'replace')
show(codecs.raw_unicode_escape_encode, 'a\\\x00\xff\u1234\U00012345')
show(codecs.raw_unicode_escape_decode, b'a\\\\u1234\\u1234\\x41')
show(codecs.raw_unicode_escape_decode, b'a\\u12')
show(codecs.raw_unicode_escape_decode, b'a\\u12', 'strict', False)
show(codecs.raw_unicode_escape_decode, b'a\\U00110000', 'replace')
show(codecs.raw_unicode_escape_decode, b'a\\')
show(codecs.readbuffer_encode, 'a\xe9')
# UTF-7
for data in [b'+AGE', b'+AGE-x', b'+AG-', b'+AGF-', b'+!', b'a~b\x80', b'+2D3cAA-', b'+2D0-', b'+2D0x', b'+ZeVnLIqe-', b'+-x']:
    show(codecs.utf_7_decode, data, 'strict', True)
    show(codecs.utf_7_decode, data, 'replace', False)
show(codecs.utf_7_encode, '\U0001F600+-~\\ a\u1234a-')
# argument checks
show(codecs.utf_8_encode, b'x')
show(codecs.utf_8_decode, 'x')
show(codecs.utf_8_encode, 'ab', 1)
show(codecs.escape_encode, 'x')
# the registry
print(codecs.lookup('UTF-8').name, codecs.lookup('latin1').name, codecs.lookup('Latin-1').name, codecs.lookup('cp1252').name)
show(codecs.lookup, 'nope')
show(codecs.lookup, 1)
show(codecs.encode, 'x', 'nope')
searched = []
def search(name):
    searched.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None
codecs.register(search)
print(codecs.lookup('My-Codec Name'.replace(' Name', '')).name, searched)
print(codecs.encode('abc', 'my codec'), codecs.decode(b'ABC', 'MY-CODEC'), 'xyz'.encode('my_codec'), b'XY'.decode('my-codec'))
codecs.unregister(search)
show(codecs.lookup, 'my_codec')
# text codecs through str.encode / bytes.decode
print('\u20acx'.encode('cp1252'), b'\x80\x81'.decode('cp1252', 'replace'), '\u0416'.encode('koi8-r'))
print('ab'.encode('utf-16'), b'\xff\xfea\x00'.decode('utf-16'), 'a'.encode('utf_32_be'), 'abc'.encode('utf-7'))
print(codecs.encode('Hello', 'rot13'), codecs.decode(b'x\xff', 'latin-1'), codecs.decode(b'a\\nb', 'unicode_escape'))
show('x'.encode, 'rot13')
show(b'x'.decode, 'rot13')
show('x'.encode, 'nope')
show(b'\xe9'.decode, 'cp437')
show('\u20ac'.encode, 'cp437')
# incremental codecs
d = codecs.getincrementaldecoder('utf-8')()
print([d.decode(b) for b in [b'\xe2', b'\x82', b'\xac!']], repr(d.decode(b'', final=True)))
d = codecs.getincrementaldecoder('utf-16')()
print([d.decode(b) for b in [b'\xff', b'\xfe', b'a', b'\x00b\x00']])
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'))
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([c])) for c in b'a+ZeVnLIqe-b'])
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')), list(codecs.iterencode(['a', '\xe9'], 'latin-1')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
