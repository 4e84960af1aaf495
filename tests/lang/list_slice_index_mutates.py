# Slice bounds whose __index__ resizes the sequence being sliced: the length
# is read after the bounds are known (a crash before), as CPython's
# PySlice_Unpack then PySlice_AdjustIndices.
class X:
    def __index__(self):
        del e[:]
        return 1
e = []
e.append(1)
print(e[:X()])
e.append(2)
print(e[0:10:X()])
import array
def shrinker(seq_getter, value=1):
    class X:
        def __index__(self):
            s = seq_getter()
            del s[:]
            return value
    return X()
for make in (list, bytearray, lambda xs: array.array('i', xs)):
    e = make([1, 2, 3])
    print(type(e).__name__, e[:shrinker(lambda: e)], e)
    e = make([1, 2, 3, 4])
    print(e[0:10:shrinker(lambda: e)], e)
    e = make([1, 2, 3, 4])
    print(e[shrinker(lambda: e, -1):], e)
    e = make([1, 2, 3, 4])
    try:
        e[0:shrinker(lambda: e, 3)] = make([7, 8, 9])
    except Exception as x: print(type(x).__name__, x)
    print(e)
    e = make([1, 2, 3, 4])
    try:
        e[0:4:shrinker(lambda: e, 2)] = make([7, 8])
    except Exception as x: print(type(x).__name__, x)
    print(e)
    e = make([1, 2, 3, 4])
    try:
        del e[0:4:shrinker(lambda: e, 2)]
    except Exception as x: print(type(x).__name__, x)
    print(e)
    e = make([1, 2, 3, 4])
    try:
        del e[shrinker(lambda: e, 1):]
    except Exception as x: print(type(x).__name__, x)
    print(e)
# list assignment from a generator that mutates the list
e = [1, 2, 3, 4, 5, 6]
e = [1, 2, 3, 4, 5, 6]
def gen():
    del e[:]
    yield 10; yield 20; yield 30
e[1:4] = gen(); print(e)
b = bytearray(b'abcdef')
def gen():
    del b[:]
    yield 65; yield 66; yield 67
try:
    b[0:6:2] = gen()
except Exception as x: print(type(x).__name__, x)
print(b)
b = bytearray(b'abcdef')
b[2:5] = gen(); print(b)
b = bytearray(b'abcdef')
try:
    b[1:6:2] = gen()
except Exception as x: print(type(x).__name__, x)
print(b)
