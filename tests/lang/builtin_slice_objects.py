# slice objects, their attributes and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
lst = list(range(12))
print(lst[s], lst[slice(3)], "abcdef"[slice(None, None, -2)])
print(s.indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2))
