# Uncaught ValueError from unpacking too few values.
x, y, z = "ab"
