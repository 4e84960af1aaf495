# Built-in iterators, range and slice pickle and copy as CPython's: __reduce__
# gives where the iterator stands, __setstate__ puts it back (clamped).
import pickle, copy
def rt(it):
    return [list(pickle.loads(pickle.dumps(it, p))) for p in range(0, 6)][-1]
def show(x):
    it = iter(x)
    try: next(it)
    except StopIteration: pass
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:], rt(it), list(it), list(copy.copy(it)))
for x in ([1,2,3], (1,2,3), 'abc', 'éa', b'ab', bytearray(b'xyz'), {1,2}, {1:2,3:4}, {1:2,3:4}.values(), {1:2,3:4}.items(), range(2,20,3), range(2**70, 2**70+3), range(5,0,-2)):
    show(x)
for x in ([1,2,3], {1:2,3:4}, range(3), range(2**65, 2**65+3), (1,2,3)):
    r = reversed(x); next(r); print(type(r).__name__, r.__reduce__()[1:], rt(r))
print(rt(iter([])), rt(reversed([])))
class S:
    def __getitem__(s,i):
        if i>3: raise IndexError
        return i*10
it=iter(S()); next(it); print(it.__reduce__()[2], rt(it)); list(it); print(it.__reduce__()[1:])
it=iter(int, 1); print(it.__reduce__()[1:])
e=enumerate('abc', 5); next(e); print(e.__reduce__()[0].__name__, list(pickle.loads(pickle.dumps(e))))
m=map(pow, [1,2,3], [2,2,2]); next(m); print(list(pickle.loads(pickle.dumps(m))))
f=filter(None, [0,1,0,2]); next(f); print(list(pickle.loads(pickle.dumps(f))))
z=zip('ab','cd', strict=True); print(z.__reduce__()[2:], list(pickle.loads(pickle.dumps(z))))
z=zip('ab','cd'); print(len(z.__reduce__()), list(copy.deepcopy(z)))
it=iter(range(5)); it.__setstate__(3); print(list(it))
it=iter(range(5)); it.__setstate__(-3); print(list(it))
it=iter(range(2**70, 2**70+3)); it.__setstate__(9); print(list(it))
it=iter([1,2,3]); it.__setstate__(-2); print(list(it))
r=reversed((1,2,3)); r.__setstate__(7); print(list(r))
d={1:2}; it=iter(d); d[3]=4
try: it.__reduce__()
except RuntimeError as e: print(e)
try: iter([]).__setstate__('x')
except TypeError as e: print(e)
print(slice(1, None).__reduce__(), pickle.loads(pickle.dumps(slice(1, 2, 3))), pickle.loads(pickle.dumps(range(1, 9, 2))))
