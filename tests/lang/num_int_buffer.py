# int() of a memoryview or array: the text of its bytes; a buffer that is
# not contiguous is the usual TypeError.
import array
print(int(memoryview(b'123')), int(memoryview(b'1234')[1:3]), int(array.array('b', b' 42 ')), int(memoryview(b'12\x003')[0:2]))
for bad in (memoryview(b'12\x003'), memoryview(b'x1'), array.array('b', b'1.5')):
    try: int(bad)
    except ValueError as e: print(e)
try: int(memoryview(b'1234')[::2])
except Exception as e: print(type(e).__name__, e)
