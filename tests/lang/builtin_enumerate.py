# enumerate with start, over strings, lists and dicts.
print(list(enumerate(["a", "b", "c"])))
print(list(enumerate("xy", 1)), list(enumerate("xy", start=-2)))
print(list(enumerate({"k": 1, "j": 2})), list(enumerate([])))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
