# tally-expected: own
# CPython 3.11 writes out of bounds here (a crash); tally takes the slice
# again over what the iterable left: docs/language.md, "Extended-slice
# assignment from an iterable that resizes the list".
e = [1, 2, 3, 4, 5, 6]
def emptying():
    del e[:]
    yield 10; yield 20; yield 30
try:
    e[0:6:2] = emptying()
except ValueError as x:
    print("ValueError", x)
print(e)
e = [1, 2, 3, 4, 5, 6]
def growing():
    e.extend([7, 8])
    yield 10; yield 20; yield 30
e[0:6:2] = growing()
print(e)
e = [1, 2, 3, 4, 5, 6]
def shrinking():
    del e[4:]
    yield 10; yield 20
e[::2] = shrinking()
print(e)
