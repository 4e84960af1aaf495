# Uncaught IndexError from a string index.
s = "abc"
print(s[10])
