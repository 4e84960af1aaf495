# struct over tally's _struct: every format letter, byte orders, alignment,
# errors worded as CPython's, Struct objects, iter_unpack, pack_into.
import struct
from struct import Struct, pack, unpack, calcsize, pack_into, unpack_from, iter_unpack

def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return r

print(struct.error, struct.error.__mro__[1], struct.error.__module__)

# sizes and alignment
for order in ('', '@', '=', '<', '>', '!'):
    row = []
    for c in 'xcbB?hHiIlLqQnNefdspP':
        row.append(attempt(calcsize, order + c))
    print(repr(order), row)
for f in ('ci', 'cq', 'bhq', 'hbi', '<ci', 'cq0q', 'c0i', '3s2p', '5x', 'i 2h  c', '0s', '10p3c'):
    print(f, calcsize(f))

# round trips of every letter in every order
vals = {'c': b'z', 'b': -100, 'B': 200, '?': True, 'h': -30000, 'H': 60000,
        'i': -2**31, 'I': 2**32 - 1, 'l': -2**31, 'L': 2**32 - 1, 'q': -2**63,
        'Q': 2**64 - 1, 'n': -5, 'N': 7, 'e': 1.5, 'f': -0.25, 'd': 1e300, 'P': 2**40}
for order in '@=<>!':
    for c, v in vals.items():
        try:
            b = pack(order + c, v)
        except struct.error as e:
            print(order + c, 'error', e)
            continue
        print(order + c, b.hex(), unpack(order + c, b))

print(pack('<hhl', 1, 2, 3), pack('>hhl', 1, 2, 3), pack('@hhl', 1, 2, 3).hex())
print(pack('<5s', b'ab'), pack('<2s', b'abcdef'), pack('3p', b'hello'), pack('10p', b'hi'))
print(unpack('<5s', b'ab\0\0\0'), unpack('3p', b'\x05he'), unpack('10p', b'\x02hi\0\0\0\0\0\0\0'))
print(pack('?', []), pack('?', 'x'), unpack('??', b'\x00\x07'))
print(pack('2xi0i3x', 1), pack('<I', True), pack('<q', 2**63 - 1))
print(pack('300p', b'x' * 300)[:3], len(pack('300p', b'x' * 300)))
print(pack('3s', bytearray(b'ab')), pack('<2h', *[5, -5]))

class Idx:
    def __index__(self):
        return 42
print(pack('<i', Idx()), pack('<d', 3), pack('<f', Idx()))

# half floats: every pattern round-trips, and rounding matches
same = 0
for bits in range(0x10000):
    b = bits.to_bytes(2, 'little')
    (x,) = unpack('<e', b)
    if x != x:
        continue
    if pack('<e', x) == b:
        same += 1
print('half round trips', same)
seed = 12345
out = []
for i in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    x = (seed >> 11) / 2**53 * 2 ** ((seed % 50) - 30)
    if seed & 1:
        x = -x
    out.append(attempt(pack, '<e', x))
    out.append(pack('<f', x))
print(out[:6], out[-4:])
print(b''.join(o if isinstance(o, bytes) else b'!' for o in out).hex())
print(unpack('<e', b'\x00\x7c'), unpack('>e', b'\xfc\x00'), unpack('<e', b'\x01\x00'), unpack('<e', b'\xff\x7b'))
print(pack('<e', 65519.0), pack('<e', 2**-24), pack('<e', 2**-25), pack('<e', 3 * 2**-26), pack('<e', -0.0))
print(pack('<f', 3.4028235e38), pack('>d', float('-inf')), unpack('<f', pack('<f', 0.1)))

# errors
errs = [
    (pack, 'b', 128), (pack, 'B', -1), (pack, 'h', 40000), (pack, 'H', -1), (pack, 'i', 2**31),
    (pack, 'I', -1), (pack, 'I', 2**32), (pack, 'l', 2**63), (pack, 'L', -1), (pack, 'q', 2**64),
    (pack, 'Q', -1), (pack, 'n', 2**63), (pack, 'N', -1), (pack, 'P', 2**64), (pack, 'P', -2**63 - 1),
    (pack, '<b', 200), (pack, '>B', 300), (pack, '<h', 40000), (pack, '>h', 40000), (pack, '>H', -1),
    (pack, '<l', 2**31), (pack, '<L', 2**32), (pack, '>q', 2**63), (pack, '>Q', -1), (pack, '<q', 2**63),
    (pack, '<i', 1.5), (pack, '<i', '1'), (pack, '<i', None), (pack, '<d', 'x'), (pack, '<f', 1e300),
    (pack, '<e', 1e10), (pack, '<e', 65520.0), (pack, 'c', b'ab'), (pack, 'c', 'a'), (pack, 'c', bytearray(b'a')),
    (pack, 's', 'a'), (pack, 'p', 1), (pack, 'i', 1, 2), (pack, 'ii', 1), (pack, 'z'), (pack, '3'),
    (pack, 'i i'), (pack, '<P', 1), (pack, '=n', 1), (pack, 1), (pack, 'i\0'),
    (calcsize, '10000000000000000000000i'), (calcsize, '99999999999999999i'), (calcsize, '4 i'),
    (unpack, 'i', b'ab'), (unpack, 'i', 'abcd'), (unpack, '<h', b'abc'),
    (unpack_from, 'i', b'ab'), (unpack_from, 'i', b'abcdef', 4), (unpack_from, 'i', b'abcdef', -10),
    (unpack_from, '<h', b'abcdef', -2), (unpack_from, '<h', b'abcdef', 'x'),
    (iter_unpack, 'i', b'abc'), (iter_unpack, '', b'abc'), (iter_unpack, 'i', 5),
    (Struct, 1), (Struct, 'i\0'), (calcsize, b'2q'),
]
for f, *a in errs:
    print(f.__name__, a, '->', attempt(f, *a))

print(unpack_from('<h', b'abcdef', -2), unpack_from('<h', b'abcdef', offset=3), unpack_from('<h', buffer=b'xy'))
ba = bytearray(8)
print(attempt(pack_into, 'i', ba, 6, 1), attempt(pack_into, '<i', ba, 6, 1), attempt(pack_into, 'i', ba, -10, 1),
      attempt(pack_into, 'i', ba, -2, 1), attempt(pack_into, 'i', b'12345678', 0, 1), attempt(pack_into, 'i', ba),
      attempt(pack_into, 'i'), attempt(pack_into, 'i', ba, 0), attempt(pack_into, '<h', ba, 'a', 1))
pack_into('<h', ba, -4, 0x0102)
pack_into('>I', ba, 0, 0xdeadbeef)
print(ba)
mv = memoryview(ba)
pack_into('<h', mv, 4, -1)
print(ba, unpack('<4H', mv), unpack_from('>H', mv[1:5], 1))
print(attempt(unpack, '<h', memoryview(b'abcd')[::2]))

# Struct objects
s = Struct('<hq3s')
print(s.format, s.size, type(s.format), type(s).__name__, type(s).__module__)
print(s.pack(1, 2, b'abc'), s.unpack(s.pack(-1, -2, b'x')))
print(Struct(b'>i').format, Struct(format='i').size)
print(attempt(s.pack, 1, 2), attempt(s.unpack, b''))
s.__init__('>H')
print(s.format, s.size, s.pack(258))
class MyStruct(Struct):
    def __init__(self, fmt):
        super().__init__('<' + fmt)
        self.extra = 1
m = MyStruct('hh')
print(m.format, m.size, m.extra, m.pack(1, 2), isinstance(m, Struct))

# iter_unpack
it = iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(Struct('>h').iter_unpack(bytearray(b'\x00\x01\x00\x02'))))
print(list(iter_unpack('<i', memoryview(b'\x01\0\0\0\x02\0\0\0'))))

struct._clearcache()
print([calcsize(str(i) + 'b') for i in range(0, 250, 50)])
print(struct.__doc__.splitlines()[0])
