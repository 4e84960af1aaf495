# append, extend, insert and their effect on length.
a = []
a.append(1)
a.append([2, 3])
a.extend([4, 5])
a.extend("ab")
a.extend(range(2))
a.extend((9,))
print(a, len(a))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
a.insert(-100, "very first")
print(a)
b = [1, 2]
b.extend(b)
print(b)
print(a.append(0))
