# Conversions between big ints and floats, and true division of big ints.
print(float(2 ** 1023), int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
print((10 ** 50) / (10 ** 48), (2 ** 200) / 3, 10 ** 400 // 10 ** 399)
print(float(2 ** 100), round(2 ** 80 / 7, 3))
