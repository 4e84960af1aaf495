# A decoding error handler may move the resume position anywhere and may
# replace the input (the exception's `object`); decoding goes on over the
# new bytes (test_codeccallbacks' test_crashing_decode_handler hung here).
import codecs

def forward_shorter_than_end(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.start + 1)
    raise TypeError("don't know how to handle %r" % exc)
codecs.register_error("test.forward", forward_shorter_than_end)
print(ascii(b'\xd8\xd8\xd8\xd8\xd8\x00\x00\x00'.decode('utf-16-le', 'test.forward')))
print(ascii(b'\xd8\xd8\xd8\xd8\x00\xd8\x00\x00'.decode('utf-16-be', 'test.forward')))
print(ascii(b'\x11\x11\x11\x11\x11\x00\x00\x00\x00\x00\x00'.decode('utf-32-le', 'test.forward')))
print(ascii(b'\x11\x11\x11\x00\x00\x11\x11\x00\x00\x00\x00'.decode('utf-32-be', 'test.forward')))

def replace_with_long(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = b"\x00" * 8
        return ('\ufffd', exc.start)
    raise TypeError("don't know how to handle %r" % exc)
codecs.register_error("test.long", replace_with_long)
print(ascii(b'\x00'.decode('utf-16', 'test.long')))
print(ascii(b'\x00'.decode('utf-32', 'test.long')))

def replace_with_text(exc):
    exc.object = b"abc\xffdef"
    return ('?', exc.end)
codecs.register_error("test.text", replace_with_text)
print(ascii(b'\xff'.decode('utf-8', 'test.text')))
print(ascii(b'\xff'.decode('ascii', 'test.text')))
print(ascii(codecs.unicode_escape_decode(b'\\x4', 'test.text')))
print(ascii(codecs.utf_7_decode(b'+\xff', 'test.text', True)))

def replace_with_str(exc):
    exc.object = "not bytes"
    return ('?', exc.end)
codecs.register_error("test.str", replace_with_str)
try:
    b'\xff'.decode('utf-8', 'test.str')
except TypeError as e:
    print("TypeError:", e)

def too_far(exc):
    exc.object = b"ab"
    return ('?', 5)
codecs.register_error("test.far", too_far)
try:
    b'\xff\xff\xff\xff\xff\xff'.decode('latin-1', 'test.far'), b'\xff\xff\xff\xff\xff\xff'.decode('ascii', 'test.far')
except IndexError as e:
    print("IndexError:", e)
