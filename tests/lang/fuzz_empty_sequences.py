# Inputs the fuzzers (tests/fuzz) found to break sanitizer rules, one
# section each (docs/reliability.md, "Findings").  First: calls without
# arguments and slices of empty lists once did pointer arithmetic on a
# NULL array ("applying zero offset to null pointer").
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
# Constant folding of a power whose exponent times the base's bit count
# overflows 64 bits: not folded (UBSan once reported the overflow).
def huge():
    return 123456 ** 789012170800000362 // 398
print(huge.__name__, "compiled")
print(2 ** 64, 0 ** 789012170800000362, 1 ** 789012170800000362, (-1) ** 789012170800000363)
