# Converting big ints to and from strings, and to float.
s = "123456789" * 5
n = int(s)
print(n, str(n) == s, repr(-n))
print(int("-" + "9" * 25) + 1)
print(int("1" * 70, 2), int("f" * 20, 16))
print(float(2 ** 70), float(10 ** 20), float(-(3 ** 50)))
print(int(1e20), int(-1.5e19), int(2.0 ** 80))
print(round(10 ** 25 + 7, -3), abs(-(10 ** 20)))
