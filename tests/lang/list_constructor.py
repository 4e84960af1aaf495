# list() from every iterable type.
print(list(), list([1, 2]), list((3, 4)), list("ab"), list(range(3)))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()), list({"a": 1}.values()))
print(list(map(abs, [-1, -2])), list(zip([1], [2])), list(enumerate("xy")))
a = [1, 2]
b = list(a)
print(b == a, b is a)
