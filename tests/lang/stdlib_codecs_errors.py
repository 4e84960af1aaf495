# Codec error handlers: the eight built-in ones called directly and through
# the codecs, registered handlers, their results checked as CPython checks
# them, and the UnicodeError objects they receive.
import codecs


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


names = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
         'namereplace', 'surrogateescape', 'surrogatepass']
enc = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001F600\udc80b', 1, 5, 'r')
dec = UnicodeDecodeError('utf-8', b'a\x80\xffb\xed\xa0\x80', 1, 3, 'r')
dec2 = UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'r')
tr = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'r')
print(enc, '|', dec, '|', dec2, '|', tr)
print(UnicodeTranslateError('ab', 0, 1, 'x'), tr.encoding, tr.object, tr.start, tr.end, tr.reason)
for n in names:
    h = codecs.lookup_error(n)
    print(n, h.__name__)
    for x in (enc, dec, dec2, tr, ValueError('x'), 1):
        show(h, x)
show(codecs.lookup_error, 'nope')
show(codecs.register_error, 'x', 1)
show(codecs.register, 1)

# the handlers through the codecs
s = 'a\xe9\u20ac\udc80b'
for n in names[1:]:
    for codec in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252']:
        show(s.encode, codec, n)
for n in names[1:]:
    for codec in ['ascii', 'utf-8', 'utf-16-be', 'cp1252']:
        show(b'a\x81\xff\xed\xa0\x80\x00'.decode, codec, n)
show(b'\x80x\xff'.decode('utf-8', 'surrogateescape').encode, 'utf-8', 'surrogateescape')
show(codecs.ascii_encode, 'a\udc80\udcffb\udc7f', 'surrogateescape')
show(codecs.utf_16_be_decode, b'\xdc\x80', 'surrogatepass')
show(codecs.utf_32_le_encode, '\udc80', 'surrogatepass')
show(codecs.utf_32_le_decode, b'\x80\xdc\x00\x00', 'surrogatepass')
show(codecs.utf_8_decode, b'\xed\xa0\x80', 'surrogatepass')
show(codecs.latin_1_encode, '\udc80', 'surrogatepass')

# registered handlers and how their answers are checked
seen = []
def log(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)
codecs.register_error('log', log)
print('a\xe9\xe9b\u20ac'.encode('ascii', 'log'), b'a\xff\xfeb'.decode('utf-8', 'log'), seen)
codecs.register_error('bad', lambda exc: 1)
show('\xe9'.encode, 'ascii', 'bad')
show(b'\xe9'.decode, 'ascii', 'bad')
codecs.register_error('neg', lambda exc: ('<%d,%d>' % (exc.start, exc.end), -1))
show('\xe9ab'.encode, 'ascii', 'neg')
codecs.register_error('far', lambda exc: ('X', 100))
show('\xe9ab'.encode, 'ascii', 'far')
codecs.register_error('by', lambda exc: (b'\xff\xfe', exc.end))
show('a\xe9\xe9b'.encode, 'ascii', 'by')
show('a\u20acb'.encode, 'latin-1', 'by')
show(b'a\xffb'.decode, 'utf-8', 'by')
codecs.register_error('nonascii', lambda exc: ('\xe9', exc.end))
show('a\u20acb'.encode, 'ascii', 'nonascii')
show('a\u20acb'.encode, 'latin-1', 'nonascii')
show('a\udc80b'.encode, 'utf-8', 'nonascii')
show('a\udc80b'.encode, 'utf-16-le', 'nonascii')
show(codecs.charmap_encode, 'a\u20acb', 'nonascii', {97: 1, 98: 2})
codecs.register_error('back', lambda exc: ('?', 0 if exc.start > 2 else exc.end))
show('ab\xe9c'.encode, 'ascii', 'back')
def skip_rest(exc):
    return ('', len(exc.object))
codecs.register_error('skip_rest', skip_rest)
show(b'ab\xffcd\xffef'.decode, 'ascii', 'skip_rest')
def boom(exc):
    raise KeyError('from handler')
codecs.register_error('boom', boom)
show('\xe9'.encode, 'ascii', 'boom')
show('x'.encode, 'ascii', 'no-such-handler')
show('\xe9'.encode, 'ascii', 'no-such-handler')
show(b'\xff'.decode, 'utf-8', 'no-such-handler')
try:
    '\u20ac'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    b'ab\xff'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
