# `is`, `is not`, `in`, `not in` on various containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "x" in "hello", "" in "abc")
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, "z" not in d)
print(3 in (1, 2, 3), 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print([1, 2] in [[1, 2], [3]], None in [None])
print(1.0 in [1], True in [1])
