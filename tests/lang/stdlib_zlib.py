# zlib over the system's zlib: one-shot and streaming compression, checksums,
# unused_data / unconsumed_tail / eof, zdict, copy, and CPython's error messages.
import zlib
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(getattr(f, '__name__', f), a if len(repr(a)) < 80 else '...', k, '->', repr(r)[:120])
    except Exception as e:
        print(getattr(f, '__name__', f), a if len(repr(a)) < 80 else '...', k, '!!', type(e).__name__, e)
data = b'hello hello hello world ' * 20
c = zlib.compress(data)
print(len(c), c[:10], zlib.decompress(c) == data)
for lvl in (-1, 0, 1, 9): t(zlib.compress, b'abc', lvl)
t(zlib.compress, b'abc', 10); t(zlib.compress, b'abc', level=1, wbits=-15); t(zlib.compress, b'abc', wbits=31); t(zlib.compress, 'x')
t(zlib.decompress, b'garbage'); t(zlib.decompress, c[:-5]); t(zlib.decompress, c, wbits=-15); t(zlib.decompress, c, bufsize=0); t(zlib.decompress, c, bufsize=-1)
t(zlib.decompress, zlib.compress(b'x', wbits=31), wbits=47); t(zlib.decompress, b'')
t(zlib.crc32, b'abc'); t(zlib.crc32, b'abc', 5); t(zlib.adler32, b'abc'); t(zlib.adler32, b'abc', 2**40 + 7)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.Z_NO_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_NO_COMPRESSION, zlib.Z_PARTIAL_FLUSH)
print(type(zlib.ZLIB_VERSION), zlib.error.__mro__, zlib.error.__module__)
co = zlib.compressobj(6, zlib.DEFLATED, -15)
out = co.compress(data) + co.flush(zlib.Z_SYNC_FLUSH)
out2 = co.compress(b'more') + co.flush()
t(co.compress, b'x'); t(co.flush)
d = zlib.decompressobj(-15)
r = d.decompress(out + out2 + b'TRAILER', 10)
print(r, d.unconsumed_tail[:5], len(d.unconsumed_tail), d.unused_data, d.eof)
r2 = d.decompress(d.unconsumed_tail)
print(len(r2), d.unused_data, d.eof, d.unconsumed_tail)
t(d.decompress, b'', -1); t(d.flush, 0); t(d.flush)
print(type(co).__name__, type(d).__name__, type(co).__module__)
d = zlib.decompressobj()
print(d.decompress(c[:20]), d.eof, d.decompress(c[20:]) == data[:0] or True, d.eof, d.flush())
d = zlib.decompressobj(zdict=b'hello')
co = zlib.compressobj(zdict=b'hello world')
x = co.compress(data) + co.flush()
t(zlib.decompress, x)
d2 = zlib.decompressobj(zdict=b'hello world'); print(d2.decompress(x) == data)
c2 = zlib.compressobj(); h = c2.compress(b"abc"); cc = c2.copy(); c2.compress(b"def"); print(zlib.decompress(h + c2.flush()), zlib.decompress(h + cc.flush()))
t(zlib.compressobj, 1, 2); t(zlib.compressobj, memLevel=10); t(zlib.compressobj, strategy=7); t(zlib.decompressobj, 3)
t(zlib.decompressobj().decompress, b'x\x9c\xff')
d3 = zlib.decompressobj(); d3.decompress(c[:-3]); t(d3.flush)
d4 = zlib.decompressobj(); print(d4.decompress(c + b'xyz'), d4.unused_data, d4.eof)
t(d4.decompress, b'more'); print(d4.unused_data)
# streaming in small pieces gives what one call gives
blob = bytes((i * 7919) % 251 for i in range(20000)) + b'text ' * 3000
for level in (0, 1, 6, 9):
    for wbits in (9, 15, -15, 31):
        co = zlib.compressobj(level, zlib.DEFLATED, wbits)
        parts = [co.compress(blob[i:i + 999]) for i in range(0, len(blob), 999)]
        stream = b''.join(parts) + co.flush()
        do = zlib.decompressobj(wbits)
        got = b''.join(do.decompress(stream[i:i + 500], 300) + do.decompress(do.unconsumed_tail)
                       for i in range(0, len(stream), 500))
        got += do.flush()
        assert got == blob and do.eof, (level, wbits)
        assert zlib.decompress(stream, wbits) == blob
print(zlib.compress(blob, 9) == zlib.compress(blob, level=9), len(zlib.compress(blob, 0)) > len(blob))
d = zlib.decompressobj()
out = b''
data = zlib.compress(blob)
while data:
    out += d.decompress(data, 1000)
    data = d.unconsumed_tail
print(out == blob, d.eof, d.unused_data)
print(zlib.crc32(blob), zlib.adler32(blob), zlib.crc32(blob[1000:], zlib.crc32(blob[:1000])))
print(zlib.decompress(bytearray(zlib.compress(b'ba'))), zlib.decompress(memoryview(zlib.compress(b'mv'))))
t(zlib.decompressobj, zdict='str'); t(zlib.compressobj, zdict=5)
