# send() resumes a generator with a value; the first send must be None.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
h = accumulator()
try:
    h.send(1)
except TypeError as e:
    print("TypeError:", e)
