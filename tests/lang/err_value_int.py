# Uncaught ValueError from int() of a non-number.
print(int("12"))
print(int("twelve"))
