# repr of lists with mixed contents.
print([1, "two", 3.0, None, True, [4], (5,), {"six": 6}])
print([[]], [[], []], [""], ["'"], ['"'])
print(str([1.5, -0.0, float("inf")]))
