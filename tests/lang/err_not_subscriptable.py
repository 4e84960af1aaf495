# Uncaught TypeError indexing None.
value = None
print(value[0])
