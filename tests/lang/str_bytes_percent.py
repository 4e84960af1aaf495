# bytes % args (PEP 461): %s/%b with bytes-like objects and __bytes__, %r/%a,
# %c, numbers, mapping keys, and the errors.
KEY = b"a"
tests = [lambda: b'%s' % 'a', lambda: b'%s' % b'x', lambda: b'%b' % bytearray(b'y'), lambda: b'%r' % 'é', lambda: b'%a' % b'x', lambda: b'%c' % 256,
 lambda: b'%c' % b'ab', lambda: b'%c' % 65, lambda: b'%c' % b'z', lambda: b'%d %x %5.2f' % (1, 255, 2.5), lambda: b'%s' % (1,2), lambda: b'abc' % 1,
 lambda: b'%(a)s' % {b'a': b'v'}, lambda: b'%(a)s' % {'a': b'v'}, lambda: b'\xff%s' % b'\xfe', lambda: b'%z' % 1, lambda: b'%y' % 1, lambda: b'%5s|%-4b|' % (b'ab', b'c'),
 lambda: bytearray(b'%d') % 5, lambda: b'%s' % 5, lambda: b'%c' % 'a', lambda: b'%.1s' % b'abc', lambda: b'%i' % 3.5, lambda: b'%%' % (), lambda: b'%s' % (),
 lambda: b'%zd' % 5, lambda: b'%z.1f' % -0.0, lambda: b'%s %s' % (b'a',), lambda: b'x' % b'a', lambda: 'x' % b'a', lambda: '%s' % b'ab',
 lambda: b'%s' % b'ab', lambda: bytearray(b'%s!') % bytearray(b'q'), lambda: b'%(a)s %s' % {KEY: b'v'}]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
