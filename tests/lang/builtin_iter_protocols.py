# iter() over every builtin container, and enumerate/zip/map/filter being iterators.
for obj in [[1, 2], (3,), "ab", {"k": 1}, range(2), {5}]:
    it = iter(obj)
    print(iter(it) is it, list(it), list(it))
e = enumerate("ab")
print(next(e), iter(e) is e, list(e))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
