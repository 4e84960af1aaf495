# The format-spec mini-language for ints.
n = 1234567
print(f"{n:,} {n:_} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{n:>12,} {-n:<12,} {n:^+12} {n:=+12} {n:012,}")
print(f"{255:08b} {255:#010x} {-255:x} {42:c} {n:e} {n:.2%}")
print(format(n, ","), format(-5, "05"), format(5, " d"), format(True, "d"))
