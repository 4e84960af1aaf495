# count, cycle, repeat, accumulate, chain, compress: values, reprs, laziness.
from itertools import count, cycle, repeat, accumulate, chain, compress, islice


c = count()
print(next(c), next(c), repr(c))
print(list(islice(count(5), 3)), repr(count(5)))
print(list(islice(count(1, 2), 4)), repr(count(1, 2)))
print(list(islice(count(0.5, 0.25), 4)), repr(count(1.5, 1.0)), repr(count(2.5)))
print(list(islice(count(10, -3), 4)), repr(count(-1, -1)))
big = count(2**64)
next(big)
print(repr(big))
print(list(islice(count(start=3, step=10), 2)))

cy = cycle("ab")
print([next(cy) for _ in range(5)])
print(list(islice(cycle([]), 3)))
def gen():
    print("gen starts")
    yield 1
    yield 2
cg = cycle(gen())
print("made")
print([next(cg) for _ in range(5)])

print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)))
r = repeat([1], 2)
print(repr(r))
next(r)
print(repr(r))
next(r)
print(repr(r), list(r))
print(repr(repeat("a")), list(islice(repeat(None), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(repeat(times=2, object="o")))

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)))

print(list(chain("ab", [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)))
def lazy():
    print("first iterable asked for")
    yield "p"
    print("second iterable asked for")
    yield "q"
ch = chain.from_iterable(lazy())
print("chain made")
print(next(ch))
print(next(ch))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(compress(data=[1, 2], selectors=[True, False])))
print(type(c).__name__, type(cy).__name__, type(r).__name__, type(ch).__name__)
print(iter(c) is c)
ct = count(True)
print(next(ct), next(ct), repr(count(True)), repr(count(True, 2)), repr(count(0, True)))
ct = count(True, 2)
print(next(ct), next(ct), repr(count(1, 1.0)))
