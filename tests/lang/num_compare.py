# Comparisons between numbers of different types.
print(1 < 2, 2 <= 2, 3 > 2.999, -1 >= -1.0)
print(1 == True, 0 == False, 2 == True)
print(10 ** 20 > 1e19, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(max([3, 7, 2]), min([3.5, -1, 2]))
print(sorted([3, 1.5, True, 0, -2.5]))
