# Uncaught ZeroDivisionError from complex division.
z = 1 + 2j
print(z / 0)
