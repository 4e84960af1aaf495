# What open() and file objects raise, with CPython's types and messages.
import sys

def show(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, '|', e)

P = '/tmp/tally_test_file_errors.txt'
with open(P, 'w') as f:
    f.write('abc\n')

show(lambda: open('/nonexistent/tally_no_such_file'))
try:
    open('tally_no_such_file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
show(lambda: open('/tmp', 'w'))
show(lambda: open('/tmp'))
# __file__ is an absolute path, which depends on where the checkout is.
try:
    open(__file__, 'x')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == __file__)
    print(str(e).replace(__file__, 'FILE'))

# Bad arguments.
for mode in ['q', 'rr', 'rw', 'rb+t', 'b', '', 'tb', 'r+']:
    show(lambda: open(P, mode).close())
show(lambda: open(P, 'rb', encoding='utf-8'))
show(lambda: open(P, 'rb', errors='strict'))
show(lambda: open(P, 'rb', newline='\n'))
show(lambda: open(P, 'r', newline='x'))
show(lambda: open(P, 'r', encoding='no-such-codec'))
show(lambda: open(P, 'r', buffering=0))
show(lambda: open(P, 3))
show(lambda: open(P, 'r', encoding=1))
show(lambda: open(P, buffering='x'))
show(lambda: open(1.5))
show(lambda: open(None))
show(lambda: open(-1))
show(lambda: open('a\0b'))
show(lambda: open(P, closefd=False))
show(lambda: open(P, foo=1))
show(lambda: open())

# Reading a write-only file and the reverse: io.UnsupportedOperation is
# both an OSError and a ValueError.
f = open(P, 'a')
show(f.read)
show(f.readline)
show(lambda: next(f))
try:
    f.read()
except OSError as e:
    print('caught as OSError', type(e).__mro__[1:3])
try:
    f.read()
except ValueError as e:
    print('caught as ValueError')
show(lambda: f.write(b'bytes'))
f.close()
g = open(P)
show(lambda: g.write('x'))
show(lambda: g.seek(1, 1))
show(lambda: g.seek(1, 2))
show(lambda: g.seek(-1))
show(lambda: g.truncate())
g.close()
b = open(P, 'rb')
show(lambda: b.read(-2))
show(lambda: b.seek(0, 5))
show(lambda: b.write(b'x'))
show(lambda: b.write('text'))
b.close()
b = open(P, 'wb')
show(b.read)
show(lambda: b.write('text'))
b.close()

# Every operation on a closed file.
for mode in ['r', 'w', 'rb', 'wb', 'r+b']:
    f = open(P, mode)
    f.close()
    print(mode, f.closed)
    for name in ['read', 'readline', 'readlines', 'tell', 'fileno', 'readable', 'writable',
                 'seekable', 'flush', 'isatty', '__enter__', '__iter__', '__next__', 'close']:
        show(getattr(f, name))
    show(lambda: f.write(b'x' if 'b' in mode else 'x'))
    show(lambda: f.seek(0))
    show(lambda: f.writelines([]))
    show(lambda: print('x', file=f))

# with closes even when the body raises.
try:
    with open(P) as f:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, f.closed)

# Text that is not UTF-8, and text UTF-8 cannot carry.
with open(P, 'wb') as f:
    f.write(b'ab\xffcd\n')
show(lambda: open(P).read())
show(lambda: open(P).readline())
show(lambda: open(P, errors='replace').read())
with open(P, 'wb') as f:
    f.write(b'abc\xe2\x82')
f = open(P)
show(lambda: f.read(3))
show(lambda: f.read(3))
f.close()
f = open(P, 'w')
show(lambda: f.write('a\udc80b'))
f.close()
with open(P, 'rb') as f:
    print(f.read())
