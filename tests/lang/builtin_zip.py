# zip stops at the shortest input.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
names = ["a", "b"]
values = [1, 2]
print(dict(zip(names, values)))
