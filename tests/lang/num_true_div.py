# / always gives a float.
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, 2 / 3)
print(type(6 / 3).__name__)
print(10 / 4.0, 0 / 5, 1.0 / 8)
print(22 / 7, 355 / 113)
print(123456789 / 1000)
