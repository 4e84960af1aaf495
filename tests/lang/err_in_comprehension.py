# An uncaught exception inside a list comprehension.
print([10 // n for n in [5, 2, 1, 0]])
