# A StopIteration raised by a Python __next__ passes through the built-in
# iterators that CPython writes over tp_iternext (the same object, its args);
# chain, zip_longest, groupby and tee end with a fresh one, as in CPython.
import itertools
class It:
    def __init__(self, n, exc=None): self.n = n; self.exc = exc
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise self.exc if self.exc else StopIteration('custom', 1)
        self.n -= 1
        return self.n
stop = StopIteration('mine')
for name, mk in [('enumerate', lambda it: enumerate(it)), ('map', lambda it: map(abs, it)),
                 ('zip', lambda it: zip(it, it)), ('filter', lambda it: filter(None, it)),
                 ('reversed-none', lambda it: iter(it)), ('islice', lambda it: itertools.islice(it, 5)),
                 ('chain', lambda it: itertools.chain(it)), ('starmap', lambda it: itertools.starmap(pow, zip(it, it))),
                 ('takewhile', lambda it: itertools.takewhile(bool, it)), ('dropwhile', lambda it: itertools.dropwhile(bool, it)),
                 ('accumulate', lambda it: itertools.accumulate(it)), ('compress', lambda it: itertools.compress(it, it)),
                 ('filterfalse', lambda it: itertools.filterfalse(None, it)), ('zip_longest', lambda it: itertools.zip_longest(it)),
                 ('pairwise', lambda it: itertools.pairwise(it)), ('groupby', lambda it: itertools.groupby(it)),
                 ('tee', lambda it: itertools.tee(it)[0]), 
                 ('genexpr', lambda it: (x for x in it))]:
    for exc in (None, stop, ValueError('boom')):
        w = mk(It(2, exc))
        try:
            while True:
                next(w)
        except StopIteration as e:
            print(name, 'StopIteration', e.args, e is stop)
        except Exception as e:
            print(name, type(e).__name__, e.args)
print(list(zip(It(3), It(1))))
print(list(map(pow, It(3), It(2))))
print(sorted(It(3)), list(It(2)), tuple(It(2)), set(It(2)), dict.fromkeys(It(2)))
print(max(It(3)), min(It(3)), sum(It(3)), any(It(3)), all(It(3)))
def g():
    yield from It(2, stop)
try:
    list(g())
except Exception as e:
    print('gen', type(e).__name__, e.args, e.__cause__ is stop)
