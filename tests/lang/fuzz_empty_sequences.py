# Found by the fuzzers (tests/fuzz): calls without arguments and slices of
# empty lists once did pointer arithmetic on a NULL array, which clang's
# UBSan reports ("applying zero offset to null pointer").
def f():
    return "f"
print(f(), str(), list(), tuple(), dict())
x = []
print(x[:], x[0:0], x[5:], x[::-1], x[1:2:3])
y = [1, 2, 3]
print(y[3:], y[2:1], y[:0])
print([][:], [][0:], list(range(0))[:])
# "with ():" is a with statement over the empty tuple, not an empty list of
# with-items (which the compiler once indexed).
try:
    with ():
        pass
except TypeError as e:
    print(e)
