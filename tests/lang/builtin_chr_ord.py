# chr and ord round trips across the Unicode range.
for cp in [0, 9, 32, 65, 127, 128, 233, 255, 256, 8364, 20013, 65535, 65536, 128512, 1114111]:
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), repr(c))
try:
    chr(1114112)
except ValueError as e:
    print("ValueError:", e)
