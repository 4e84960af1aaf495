# An error inside a handler that uses a name the handler deleted.
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print(e)
