# Uncaught ZeroDivisionError from integer modulo.
print(7 % 0)
