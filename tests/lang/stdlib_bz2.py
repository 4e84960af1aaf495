# _bz2 over libbzip2: the compressor and decompressor objects (needs_input,
# unused_data, max_length, errors) and bz2's BZ2File and one-shot functions.
import _bz2, pickle, bz2, io
for t in (_bz2.BZ2Compressor, _bz2.BZ2Decompressor):
    try:
        class C(t): pass
        print('subclass ok', t.__name__)
    except TypeError as e: print(e)
for a in [(0,), (10,), ('x',), (1.5,), (1,2)]:
    try: _bz2.BZ2Compressor(*a)
    except Exception as e: print(type(e).__name__, e)
for f in (lambda: _bz2.BZ2Compressor(compresslevel=3), lambda: _bz2.BZ2Decompressor(1), lambda: _bz2.BZ2Decompressor(x=1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
c=_bz2.BZ2Compressor(); print(len(c.compress(b'x'*1000)), len(c.flush()))
for f in (lambda: c.flush(), lambda: c.compress(b''), lambda: c.compress('s')):
    try: f()
    except Exception as e: print(type(e).__name__, e)
for o in (_bz2.BZ2Compressor(), _bz2.BZ2Decompressor()):
    try: pickle.dumps(o)
    except Exception as e: print(type(e).__name__, e)
d=_bz2.BZ2Decompressor(); print(d.eof, d.needs_input, d.unused_data)
data = bz2.compress(b'hello'*1000)
print(len(d.decompress(data[:10])), d.needs_input, len(d.decompress(data[10:]+b'extra')), d.eof, d.unused_data, d.needs_input)
try: d.decompress(b'x')
except Exception as e: print(type(e).__name__, e)
d=_bz2.BZ2Decompressor()
try: d.decompress(b'not bz2 data at all')
except Exception as e: print(type(e).__name__, e)
d=_bz2.BZ2Decompressor(); print(len(d.decompress(data, 100)), d.needs_input, len(d.decompress(b'', 4800)), d.needs_input, d.eof, len(d.decompress(b'')), d.eof, d.needs_input)
d=_bz2.BZ2Decompressor(); print(len(d.decompress(data, 0)), d.needs_input, len(d.decompress(data=b'', max_length=-1)), d.eof)
try: d.eof = 1
except Exception as e: print(type(e).__name__, e)
try: bz2.decompress(data[:-5])
except Exception as e: print(type(e).__name__, e)
print(bz2.decompress(bz2.compress(b'abc') + bz2.compress(b'def')))
big = bytes(range(256)) * 4000
z = bz2.compress(big, 1); print(len(z), bz2.decompress(z) == big)
buf = io.BytesIO()
with bz2.BZ2File(buf, 'w') as f: f.write(b'line1\nline2\n' * 500)
buf.seek(0)
with bz2.open(buf, 'rt') as f: print(f.readline(), len(f.read()))
print(type(_bz2.BZ2Decompressor.eof).__name__, _bz2.BZ2Decompressor.eof.__doc__)
