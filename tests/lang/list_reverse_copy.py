# reverse, copy and reversed(); copy is shallow.
a = [1, [2, 3], 4]
b = a.copy()
a.reverse()
print(a, b)
b[1].append(99)
print(a, b, a[1] is b[1])
print(list(reversed(b)), b[::-1] == list(reversed(b)))
c = a[:]
c.append(5)
print(len(a), len(c))
