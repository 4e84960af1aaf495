# Keys and values whose __index__ empties the container being indexed: the
# bounds are checked after every conversion (bytearray's ba[5] = I() wrote past
# the end, found by ASan; CPython's GH-91153).  array's a[3] = J(), which
# CPython 3.11 itself crashes on, is tests/lang/array_setitem_value_shrinks.py.
import array
ba = bytearray(b'x' * 100)
class I:
    def __index__(self):
        ba.clear()
        return 5
def attempt(what, f):
    try:
        print(what, "->", f())
    except Exception as e:
        print(what, type(e).__name__, e)
def s1():
    ba[I()] = 65
    return ba
attempt("ba[I()] = 65", s1)
ba = bytearray(b'x' * 100)
def s2():
    ba[5] = I()
    return ba
attempt("ba[5] = I()", s2)
ba = bytearray(b'x' * 100)
attempt("ba[I()]", lambda: ba[I()])
ba = bytearray(b'x' * 100)
attempt("ba[:I()]", lambda: ba[:I()])
ba = bytearray(b'x' * 100)
def s3():
    ba[:I()] = b'abc'
    return ba
attempt("ba[:I()] = abc", s3)
ba = bytearray(b'x' * 100)
attempt("ba.pop(I())", lambda: ba.pop(I()))
ba = bytearray(b'x' * 100)
attempt("ba.insert(I(), 1)", lambda: (ba.insert(I(), 1), ba)[1])
ba = bytearray(b'x' * 100)
attempt("ba.count", lambda: ba.count(b'x', 0, I()))
ba = bytearray(b'x' * 100)
attempt("ba.index", lambda: ba.index(I()))
ba = bytearray(b'x' * 100)
attempt("ba.append", lambda: (ba.append(I()), ba)[1])
a = array.array('i', range(100))
class J:
    def __index__(self):
        del a[:]
        return 5
attempt("a[J()]", lambda: a[J()])
a = array.array('i', range(100))
def s4():
    a[J()] = 1
    return a
attempt("a[J()] = 1", s4)
a = array.array('i', range(100))
attempt("a.pop(J())", lambda: a.pop(J()))
a = array.array('i', range(100))
attempt("a.insert(J(), 1)", lambda: (a.insert(J(), 1), a)[1])
L = list(range(10))
class K:
    def __index__(self):
        L.clear()
        return 5
def s6():
    L[K()] = 1
attempt("L[K()] = 1", s6)
L = list(range(10))
attempt("L.pop(K())", lambda: L.pop(K()))
L = list(range(10))
attempt("L[K()]", lambda: L[K()])
L = list(range(10))
def s7():
    L[:K()] = [1]
    return L
attempt("L[:K()] = [1]", s7)
