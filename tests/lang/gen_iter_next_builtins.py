# iter() and next() with defaults and the two-argument sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
data = [3, 2, 1, 0, 5]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
print(iter(it) is it)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
