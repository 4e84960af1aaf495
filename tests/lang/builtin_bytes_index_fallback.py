# bytes(x) and bytearray(x) take x as a count when it has __index__; an
# __index__ that raises TypeError makes them fall back to iterating x, any
# other exception propagates.
class Bad:
    def __init__(self, exc): self.exc = exc
    def __index__(self):
        print('index')
        if self.exc is None:
            return None
        raise self.exc
    def __getitem__(self, i):
        print('getitem', i)
        if i < 3:
            return 65 + i
        raise IndexError
class Neg:
    def __index__(self): return -1
for cls in (bytes, bytearray):
    for exc in (None, TypeError('t'), ValueError('v'), OverflowError('o')):
        try:
            print(cls.__name__, cls(Bad(exc)))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
    try:
        cls(Neg())
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
    print(cls(3), cls(True))
