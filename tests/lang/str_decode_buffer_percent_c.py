# str(buffer, encoding) decodes any bytes-like object; %c takes an object
# with __index__.
import array
print(str(memoryview(b'character buffers'), 'utf-8', 'strict'), str(array.array('b', [104, 105]), 'ascii'))
try:
    str([], 'utf-8')
except TypeError as e:
    print(e)
class P:
    def __index__(self):
        return 109
class Q:
    def __int__(self):
        return 109
print('%c' % P(), '%c%c' % (P(), 'x'))
for bad in (Q(), 2.5, 0x110000, -1, 'ab'):
    try:
        print('%c' % bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
