# hex, oct, bin of small and big ints, and int() back.
for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 1]:
    print(hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(bin(n), 0) == n)
print(int("1" * 100, 2) == 2 ** 100 - 1, int("-0x" + "f" * 30, 16))
