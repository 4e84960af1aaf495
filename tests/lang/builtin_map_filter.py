# map with one and several iterables; filter with a function and with None.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(abs, [])))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, 1, 2, None, "", "z"])))
print(list(filter(str.isdigit, ["1", "a", "22"])))
