# A memoryview released (and its exporter freed) by the key's or the value's own
# __index__/__float__/__bool__ (CPython's gh-92888, test_memoryview test_use_released_memory):
# the item access raises ValueError instead of touching freed memory; a slice views the old exporter.
size = 128
def release():
    m.release()
    global ba
    ba = bytearray(size)
class MyIndex:
    def __index__(self):
        release()
        return 4
class MyFloat:
    def __float__(self):
        release()
        return 4.25
class MyBool:
    def __bool__(self):
        release()
        return True

def attempt(what, f):
    try:
        r = f()
        print(what, "->", r)
    except (ValueError, TypeError, IndexError) as e:
        print(what, type(e).__name__, e)

ba = None
m = memoryview(bytearray(b'\xff' * size))
attempt("m[i]", lambda: m[MyIndex()])
m = memoryview(bytearray(b'\xff' * size))
attempt("m[:i]", lambda: list(m[:MyIndex()]))
m = memoryview(bytearray(b'\xff' * size))
attempt("m[i:8]", lambda: list(m[MyIndex():8]))
m = memoryview(bytearray(b'\xff' * size))
def setitem():
    m[MyIndex()] = 42
attempt("m[i] = 42", setitem)
print(ba[:8])
m = memoryview(bytearray(b'\xff' * size))
def setslice():
    m[:MyIndex()] = b'spam'
attempt("m[:i] = spam", setslice)
print(ba[:8])
m = memoryview(bytearray(b'\xff' * size)).cast('d')
def setfloat():
    m[0] = MyFloat()
attempt("m[0] = float", setfloat)
m = memoryview(bytearray(b'\xff' * size)).cast('?')
def setbool():
    m[0] = MyBool()
attempt("m[0] = bool", setbool)
m = memoryview(bytearray(b'\xff' * size)).cast('i')
def setint():
    m[0] = MyIndex()
attempt("m[0] = int", setint)
print(ba[:8])
