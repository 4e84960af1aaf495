# bytes/bytearray join, split, rsplit, strip take any bytes-like argument
# (memoryview, array), as CPython's buffer protocol lets them.
import array
for T in (bytes, bytearray):
    print(T(b'-').join([memoryview(b'ab'), b'c', bytearray(b'd'), array.array('B', b'ef')]))
    print(T(b'a,b,,c').split(memoryview(b',')), T(b'a,b,,c').rsplit(bytearray(b','), 1), T(b'a b').split(None))
    print(T(b'xxabxx').strip(memoryview(b'x')), T(b'xyabyx').lstrip(array.array('B', b'xy')), T(b'  a ').rstrip())
    for bad in (lambda: T(b'-').join([b'a', 'b']), lambda: T(b'a').split(','), lambda: T(b'a').strip('x'), lambda: T(b'a').split(memoryview(b''))):
        try: bad()
        except (TypeError, ValueError) as e: print(type(e).__name__, e)
