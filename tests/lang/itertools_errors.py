# Argument errors and errors raised while iterating.
import itertools as it

def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: it.count("a"))
show(lambda: it.count(1, "x"))
show(lambda: it.count(1, 2, 3))
show(lambda: it.count(x=1))
show(lambda: it.cycle())
show(lambda: it.cycle(1, 2))
show(lambda: it.cycle(x=1))
show(lambda: it.cycle(5))
show(lambda: it.repeat())
show(lambda: it.repeat(1, "a"))
show(lambda: it.repeat(1, 2, 3))
show(lambda: it.accumulate())
show(lambda: it.accumulate([1], None, None))
show(lambda: it.accumulate([1], x=1))
show(lambda: list(it.accumulate([1, "a"])))
show(lambda: it.chain(x=1))
show(lambda: it.chain.from_iterable())
show(lambda: list(it.chain([1], 2)))
show(lambda: it.compress([1]))
show(lambda: it.dropwhile(None))
show(lambda: it.takewhile(None, [1], x=1))
show(lambda: it.filterfalse(None))
show(lambda: list(it.dropwhile(None, [1])))
show(lambda: it.groupby())
show(lambda: it.groupby([1], x=1))
show(lambda: it.groupby(1))
show(lambda: it.islice([1]))
show(lambda: it.islice([1], -1))
show(lambda: it.islice([1], -2))
show(lambda: it.islice([1], "a"))
show(lambda: it.islice([1], 1.5))
show(lambda: it.islice([1], -1, 3))
show(lambda: it.islice([1], 1, -2))
show(lambda: it.islice([1], 1, -1))
show(lambda: it.islice([1], 1, 3, 0))
show(lambda: it.islice([1], 1, 3, "x"))
show(lambda: it.islice([1], 1, 3, 1, 5))
show(lambda: it.islice([1], x=5))
show(lambda: it.islice([1], 2**70))
show(lambda: it.islice(5, 2))
show(lambda: it.starmap(len))
show(lambda: list(it.starmap(len, [1])))
show(lambda: it.tee([1], -1))
show(lambda: it.tee())
show(lambda: it.tee([1], "a"))
show(lambda: it.zip_longest([1], x=1))
show(lambda: it.zip_longest([1], fillvalue=1, x=2))
show(lambda: it.product([1], repeat=-1))
show(lambda: it.product([1], x=1))
show(lambda: it.product(1))
show(lambda: it.permutations([1], -1))
show(lambda: it.permutations([1], "a"))
show(lambda: it.permutations())
show(lambda: it.combinations([1]))
show(lambda: it.combinations([1], -1))
show(lambda: it.combinations_with_replacement([1], -1))
show(lambda: it.combinations_with_replacement([1]))
show(lambda: it.pairwise())
show(lambda: it.pairwise(1))
show(lambda: it.pairwise([1], x=1))

def boom():
    yield 1
    raise KeyError("inside")
for f in (it.cycle, lambda g: it.islice(g, 5), lambda g: it.chain(g), it.pairwise,
          lambda g: it.zip_longest(g, [1, 2, 3]), it.accumulate,
          lambda g: it.starmap(lambda x: x, ((v,) for v in g)),
          lambda g: it.tee(g)[0], lambda g: it.groupby(g)):
    try:
        got = []
        for x in f(boom()):
            got.append(x if not isinstance(x, tuple) or len(x) != 2 or not hasattr(x[1], "__next__") else x[0])
            if len(got) > 10:
                break
        print("no error", got)
    except KeyError as e:
        print("KeyError", e, got)

def reenter():
    yield next(t)
t = it.tee(reenter())[0]
show(lambda: next(t))
print(next(it.count(1)), next(it.repeat(2)))
show(lambda: it.repeat(1, 2**70))
show(lambda: it.product([1], repeat=2**70))
show(lambda: it.tee([1], 2**70))
show(lambda: it.combinations([1], 2**70))
