# Comparing big ints with each other, small ints and floats.
big = 2 ** 80
print(big > 2 ** 79, big == 2 ** 80, big != big + 1, -big < 0)
print(big == float(big), big + 1 == float(big), big < 1e30, big > 1e20)
print(sorted([2 ** 65, -(2 ** 65), 3, 2 ** 64, -5]))
print(max(2 ** 70, 10 ** 21), min(-(10 ** 22), -(2 ** 73)))
print(2 ** 64 in [18446744073709551616], abs(-(2 ** 90)))
