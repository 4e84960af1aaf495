# Sizes no machine can hold end in CPython's OverflowError or MemoryError
# (never a crash or an attempt to fill memory), and the program goes on.
cases = [
    '"ab" * 2**62', '"ab" * 2**63', '"ab" * 2**64', '"x" * 2**62', '"x" * 2**62 + "y"',
    '"a" * 2**40', '" ".join(["ab"] * 3) * 2**61',
    '[None] * 2**62', '[None] * 2**63', '[1, 2] * 2**62', '(0,) * 2**62', '(0, 1) * 2**62',
    'b"x" * 2**62', 'bytearray(b"x") * 2**62', 'bytes(2**62)', 'bytearray(2**62)',
    'list(range(2**62))', 'len(range(2**63))',
    '"x".ljust(2**62)', '"x".center(2**63)', '"abc".zfill(2**62)',
    '"%*d" % (2**62, 1)', '"{:{}}".format(1, 2**62)', 'f"{1:{2**62}}"',
    '1 << 2**63', '1 << 2**64', '1 << 2**100', '1 >> 2**100', '-1 >> 2**100',
    'str(10**5000)', 'int("1" * 5000)', '[1] * -1', '"ab" * -2**70',
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__, len(r) if hasattr(r, "__len__") else r)
    except (OverflowError, MemoryError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
x = [None] * 10
x *= 2**62 if False else 3
print(len(x))
try:
    x *= 2**62
except MemoryError as e:
    print("list *=", type(e).__name__, len(x))
s = "ab"
try:
    s *= 2**62
except OverflowError as e:
    print("str *=", type(e).__name__, e, s)
