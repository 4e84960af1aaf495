# A mutable default is created once and shared between calls.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def counter(n=[0]):
    n[0] += 1
    return n[0]
print(counter(), counter(), counter())
