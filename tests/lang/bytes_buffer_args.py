# Bytes and bytearray methods take any bytes-like argument (memoryview, array), as CPython.
import array
mv = memoryview(b'b,c')
ar = array.array('b', [44, 99])
ai = array.array('i', [0x41424344])
for f in [lambda: b'a' + mv, lambda: bytearray(b'a') + ar, lambda: b'a' + ai,
          lambda: b'a,b,c'.split(mv[1:2]), lambda: b'a,b,c'.rsplit(ar[:1]),
          lambda: b'abc'.find(memoryview(b'c')), lambda: bytearray(b'abc').count(ar[1:]),
          lambda: b'abc'.startswith(memoryview(b'ab')), lambda: b'abc'.endswith((ar, memoryview(b'c'))),
          lambda: b'a,c'.partition(ar[:1]), lambda: [type(p).__name__ for p in b'a,c'.rpartition(memoryview(b','))],
          lambda: b'abc'.removeprefix(memoryview(b'a')), lambda: bytearray(b'abc').removesuffix(ar[1:]),
          lambda: b'abc'.replace(memoryview(b'b'), ar), lambda: b'abc'.translate(None, memoryview(b'b')),
          lambda: b'abc'.translate(memoryview(bytes(range(256))[::-1].tobytes() if False else bytes(range(256))[::-1])),
          lambda: memoryview(b'c') in b'abc', lambda: ar[1:] in bytearray(b'abc'),
          lambda: b'abc'.index(memoryview(b'c')), lambda: b'abc'.strip(memoryview(b'ac')),
          lambda: b'-'.join([mv, ar, ai]), lambda: bytearray(b'x').join([mv]),
          lambda: b'a' + 'x', lambda: b'a'.find('x'), lambda: b'a'.startswith('a'), lambda: b'a'.replace('a', 'b'),
          lambda: b'abc'.find(ai),
          ]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
m = memoryview(b'x'); m.release()
for f in [lambda: b'a' + m, lambda: m in b'a', lambda: b'a'.find(m), lambda: b'a'.split(m), lambda: bytearray(b'a').extend(m)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
b = bytearray(b'ab')
try:
    b += b
except BufferError as e:
    print('self', e)
b += bytes(b); print(b)
b.extend(ai); print(b)
b[0:1] = ai; print(b)
b += ar; print(b)
try:
    b += memoryview(b)
except BufferError as e: print('BufferError', e)
b.extend(memoryview(b'zz')); print(b)
import io
print(io.BytesIO(ar).getvalue())
m = memoryview(b'x'); m.release()
for f in [lambda: bytearray(m), lambda: bytearray(b'ab').__setitem__(slice(0, 1), m),
          lambda: bytearray(b'a').__iadd__(m), lambda: b'a'.partition(bytearray(b'a')),
          lambda: bytearray(b'a').partition(b'a'), lambda: b'a'.rpartition(bytearray(b'a'))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

# re reads any contiguous buffer; a strided view is refused as CPython does.
import re
for typecode in 'bBuhHiIlLfd':
    empty = array.array(typecode)
    print(typecode, re.compile(b"bla").match(empty), re.compile(b"").match(empty).groups())
print(re.findall(b'.', array.array('b', [65, 66])), re.sub(b'a', b'b', bytearray(b'aa')))
print(re.search(b'x', memoryview(b'axa')[1:]).span())
try:
    re.search(b'x', memoryview(b'axa')[::2])
except TypeError as e:
    print(e)

# A NUL separator is a separator; ints too big for an index are out of byte range.
import binascii
print(b'ab'.hex('\x00'), bytearray(b'ab').hex(b'\x00', 1), b'abc'.hex(':', 2), binascii.hexlify(b'ab', '\x00'))
for f in [lambda: bytearray(b'a').append(2**70), lambda: 2**70 in b'a', lambda: 2**70 in bytearray(b'a'),
          lambda: bytearray(b'a').__setitem__(0, 2**70), lambda: bytearray([2**70]), lambda: bytes([2**70]),
          lambda: b'a'.count(-2**70), lambda: b'a'.find(2**64)]:
    try:
        f()
    except ValueError as e:
        print(e)
