# // and % floor toward negative infinity, for ints and floats.
for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(1 // 3, -1 // 3, 0 // 5, 0 % 5, -0.0 % 5)
print(10 % 3.5, -10 % 3.5, 10 // 3.5)
print(5 % 1, 5.25 % 1, -5.25 % 1)
