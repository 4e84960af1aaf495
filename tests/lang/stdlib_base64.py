# base64 (CPython's base64.py over tally's binascii and _struct): every
# encoding both ways, options, and the errors bad input raises.
import base64
import binascii

def attempt(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return f'{type(e).__name__}: {e}'

data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe' * 5]
pairs = [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
         (base64.standard_b64encode, base64.standard_b64decode), (base64.b32encode, base64.b32decode),
         (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
         (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode),
         (base64.encodebytes, base64.decodebytes)]
for enc, dec in pairs:
    for d in data:
        e = enc(d)
        assert dec(e) == d, (enc.__name__, d)
        if len(d) < 10:
            print(enc.__name__, d, e)
    print(enc.__name__, len(enc(data[7])), enc(data[8]))

print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('aGVsbG8='), base64.b64decode(b'aGV sbG8='), attempt(base64.b64decode, b'aGV sbG8=', validate=True))
print(attempt(base64.b64decode, b'aGVsbG8'), attempt(base64.b64decode, 'é'), attempt(base64.b64encode, 'x'))
print(base64.b32decode(b'mzxw6===', casefold=True), attempt(base64.b32decode, b'mzxw6==='), attempt(base64.b32decode, b'MZXW6'))
print(base64.b32decode(b'MZXW6YQ=', map01=b'L'), attempt(base64.b32decode, b'0ZXW6YQ='), attempt(base64.b32decode, b'MZXW6YQ=', map01=b'LL'))
print(base64.b16decode(b'ff', casefold=True), attempt(base64.b16decode, b'ff'), attempt(base64.b16decode, b'F'))
print(base64.a85encode(b'\0\0\0\0' + b'    ', foldspaces=True), base64.a85encode(b'x' * 40, wrapcol=20, adobe=True))
print(base64.a85decode(b'<~z~>', adobe=True), base64.a85decode(b'y', foldspaces=True), attempt(base64.a85decode, b'<~abc'))
print(attempt(base64.a85decode, b'!!!!!!'), attempt(base64.a85decode, b'{'), base64.a85encode(b'abc', pad=True))
print(base64.b85encode(b'abc', pad=True), attempt(base64.b85decode, b'|||||'), attempt(base64.b85decode, b'~'))
print(base64.encodebytes(b'x' * 100))
print(base64.decodebytes(b'eHh4\neHh4\n'), attempt(base64.encodebytes, 'x'))
print(base64.b64decode(bytearray(b'YWJj')), base64.b64decode(memoryview(b'YWJj')), base64.b64encode(bytearray(b'abc')))
print(base64.urlsafe_b64decode('-_-_'), base64.standard_b64decode(b'+/+/'))
