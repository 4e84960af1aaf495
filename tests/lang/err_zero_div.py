# Uncaught ZeroDivisionError: traceback on stderr, exit status 1.
print("before the error")
x = 10
y = 0
print(x / y)
print("not reached")
