# bytearray.__init__ from an iterable grows the bytearray item by item; __alloc__.
b = bytearray()
def g():
    for i in range(1, 6):
        yield i
        print(list(b), len(b))
b.__init__(g()); print(b)
for src in [[1, 2], (3,), iter([4]), {5: 0}, range(3), 3, b'xy', 'ab', None]:
    try: print(bytearray(src) if src != 'ab' else bytearray(src, 'ascii'))
    except Exception as e: print(type(e).__name__, e)
for bad in [[256], [1, 'a'], object(), 1.5, 'ab']:
    try: print(bytearray(bad))
    except Exception as e: print(type(e).__name__, e)
print(bytearray().__alloc__() >= 0, all(bytearray(b'x' * n).__alloc__() > n for n in range(1, 50)))
