# itertools iterators pickle and copy where they stand (__reduce__/__setstate__
# in CPython's shapes): count, cycle, repeat, accumulate, chain, compress,
# dropwhile, takewhile, filterfalse, starmap, islice, zip_longest.
import itertools as it, pickle, copy
def small(x):
    return x < 2
def rt(o): return list(pickle.loads(pickle.dumps(o)))
for o in (it.compress('abcd',[1,0,1,1]), it.dropwhile(small, [1,2,0,3]), it.takewhile(small, [0,1,2,0]), it.filterfalse(None,[0,1,0]), it.starmap(pow,[(2,3),(3,2)]), it.chain('ab','cd'), it.repeat(3, 4), it.cycle('abc')):
    next(o); print(type(o).__name__, rt(o) if type(o).__name__ != 'cycle' else list(it.islice(pickle.loads(pickle.dumps(o)), 7)), list(it.islice(copy.deepcopy(o), 7)), list(it.islice(o, 7)))
    print(" ", list(it.islice(copy.copy(o), 3)))
print(it.count(7).__reduce__(), it.count(2**70).__reduce__(), it.count(1.5).__reduce__(), it.count(1, 2).__reduce__())
c = it.count(3); next(c); print(next(pickle.loads(pickle.dumps(c))))
c = it.chain(); c.__setstate__((iter(['abc', 'def']), iter(['ghi']))); print(list(c))
c = it.chain(); c.__setstate__((iter(['abc', 'def']),)); print(list(c))
for bad in ((), [], 0, ([],), (iter([]), [])):
    try: it.chain().__setstate__(bad)
    except TypeError as e: print("TypeError")
c = it.cycle('ab'); c.__setstate__((['x', 'y'], True)); print(list(it.islice(c, 5)))
c = it.cycle('ab'); c.__setstate__((['x', 'y'], False)); print(list(it.islice(c, 7)))
for bad in ((), [], ([],), ((), 1), ([], 'x')):
    try: it.cycle('a').__setstate__(bad)
    except TypeError as e: print("TypeError")
t = it.takewhile(bool, [1, 0, 1]); print(list(t), t.__reduce__()[2])
d = it.dropwhile(bool, [1, 0, 1]); d.__setstate__(True); print(list(d))
import operator
def show(o, n=1):
    for _ in range(n):
        next(o, None)
    r = o.__reduce__()
    print(type(o).__name__, r[0].__name__, len(r), list(pickle.loads(pickle.dumps(o))), list(copy.deepcopy(o)), list(o))
show(it.islice('abcdefgh', 1, 7, 2))
show(it.islice('abcdefgh', 1, 7, 2), 0)
show(it.islice('abc', 2), 5)
show(it.islice('abcdef', None))
show(it.islice(it.count(), 3, 20, 5))
show(it.zip_longest('abc', 'd', fillvalue='-'))
show(it.zip_longest('ab', 'c'), 2)
show(it.accumulate([1, 2, 3, 4]), 0)
show(it.accumulate([1, 2, 3, 4]))
show(it.accumulate([1, 2, 3], initial=10), 0)
show(it.accumulate([1, 2, 3], initial=10))
show(it.accumulate([5, 2, 7], max))
a = it.accumulate([1, 2, 3]); next(a); a.__setstate__(100); print(list(a))
