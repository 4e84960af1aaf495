# any and all, including the empty cases and short-circuiting.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any("abc"), all([x > 0 for x in [1, 2]]), all([x > 1 for x in [1, 2]]))
print(any([[], ()]), all([[1], (1,)]))
