# binascii: hex, base64 (strict_mode), crc32, crc_hqx, quoted-printable, uuencode;
# results and error messages as CPython's.
import binascii as B
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, a, k, '->', repr(r))
    except Exception as e:
        print(f.__name__, a, k, '!!', type(e).__name__, e)
t(B.hexlify, b'\x01\xff'); t(B.hexlify, b'abcdef', '-'); t(B.hexlify, b'abcdef', b':', 2); t(B.hexlify, b'abcdef', '-', -4)
t(B.hexlify, b'abcdef', '--'); t(B.hexlify, b'abcdef', 'é'); t(B.b2a_hex, 'ab'); t(B.hexlify, b'')
t(B.hexlify, b'abcdef', sep='-', bytes_per_sep=0)
t(B.unhexlify, b'0aff'); t(B.unhexlify, '0aFf'); t(B.unhexlify, 'abc'); t(B.unhexlify, 'zz'); t(B.unhexlify, 'é0'); t(B.a2b_hex, 5)
t(B.b2a_base64, b'hello'); t(B.b2a_base64, b'hello', newline=False); t(B.b2a_base64, b''); t(B.b2a_base64, 'x')
for s in [b'aGVsbG8=\n', b'aGVsbG8', b'aGVsbA', b'a', b'ab', b'abc', b'aGVs bG8=', b'aGVsbG8==', b'=aGVs', b'aGV=sbG8', b'aG!VsbG8=', b'', b'aGVsbG8=x', 'aGVsbG8=', 'aGVsbé8=', b'abcde', b'YQ==YQ==', b'YQ===']:
    t(B.a2b_base64, s)
    t(B.a2b_base64, s, strict_mode=True)
t(B.crc32, b'hello'); t(B.crc32, b'hello', 123); t(B.crc32, b'hello', -1); t(B.crc32, b'hello', 2**40); t(B.crc32, 'x')
t(B.crc_hqx, b'hello', 0); t(B.crc_hqx, b'hello', 0x1ffff); t(B.crc_hqx, b'hello', -1); t(B.crc_hqx, b'hello')
t(B.b2a_qp, b'hello = world\t\nnext line \n'); t(B.b2a_qp, b'x'*100); t(B.b2a_qp, b'a\xffb', quotetabs=True); t(B.b2a_qp, b'a b\tc', quotetabs=True)
t(B.b2a_qp, b'a_b c', header=True); t(B.b2a_qp, b'line\r\nx\n', istext=False); t(B.b2a_qp, b'.\nFrom x\n'); t(B.b2a_qp, b'a\rb\n')
t(B.a2b_qp, b'hello=20world=\nnext=3D=3d=ZZ'); t(B.a2b_qp, b'a_b', header=True); t(B.a2b_qp, 'x=41'); t(B.a2b_qp, b'a=\r\nb'); t(B.a2b_qp, b'a='); t(B.a2b_qp, b'a=4')
t(B.b2a_uu, b'hello'); t(B.b2a_uu, b'hello', backtick=True); t(B.a2b_uu, b'%:&5L;&\\\n'); t(B.b2a_uu, b'x'*46); t(B.a2b_uu, b''); t(B.a2b_uu, b'!!')
print(B.Error.__mro__, B.Incomplete.__mro__, B.Error.__module__)
print(sorted(n for n in dir(B) if not n.startswith('__')))
# round trips over every byte value and many lengths
blob = bytes(range(256)) * 3
for n in (0, 1, 2, 3, 4, 57, 58, 100, 255, 768):
    part = blob[:n]
    assert B.a2b_base64(B.b2a_base64(part)) == part
    assert B.unhexlify(B.hexlify(part)) == part
    assert B.a2b_qp(B.b2a_qp(part)) == part, n
    assert B.a2b_qp(B.b2a_qp(part, quotetabs=True, istext=False)) == part, n
    if n <= 45:
        assert B.a2b_uu(B.b2a_uu(part)) == part
        assert B.a2b_uu(B.b2a_uu(part, backtick=True)) == part
print(B.b2a_qp(blob[:200]))
print(B.b2a_qp(b'a' * 74 + b' \n' + b'b' * 80 + b'\r\n'))
print(B.b2a_qp(b'x\r\ny \r\nz', header=True), B.b2a_qp(b'=' * 30))
print(B.crc32(blob), B.crc32(blob[:100], B.crc32(blob[100:])), B.crc_hqx(blob, 0xffff))
print(B.hexlify(bytearray(b'\x00\x10'), b'|'), B.hexlify(memoryview(b'abcdefg'), ':', 3), B.a2b_base64(bytearray(b'YWJj')))
try:
    raise B.Incomplete('x')
except Exception as e:
    print(repr(e))
