# bit_length and bit_count.
for n in [0, 1, 2, 255, 256, -256, 2 ** 64, 2 ** 64 - 1, -(2 ** 100)]:
    print(n.bit_length(), n.bit_count())
