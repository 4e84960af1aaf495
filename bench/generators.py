# generators: pipelines of generator functions, generator expressions,
# yield from, and the builtins that consume them.
SIZE = 300000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def chained(n):
    yield from numbers(n)
    yield from (x * x for x in numbers(n // 10))


total = sum(evens(numbers(SIZE)))
widest = max(sum(w) for w in windows(numbers(SIZE // 3), 4))
squares = sum(1 for x in chained(SIZE) if x % 3 == 1)
zipped = sum(a * b for a, b in zip(numbers(SIZE // 2), evens(numbers(SIZE))))
print("generators checksum", total, widest, squares, zipped % 1000000007)
