# list and tuple iterators pickle as (iter, (seq,), index), or (iter, (empty,))
# once exhausted; __setstate__ clamps the index.
import pickle
for seq in ([1, 2, 3], (1, 2, 3)):
    it = iter(seq); next(it)
    print(it.__reduce__())
    it2 = pickle.loads(pickle.dumps(it)); print(list(it2))
    list(it); print(it.__reduce__())
    it = iter(seq); it.__setstate__(-5); print(next(it)); it.__setstate__(10); print(list(it))
    print(iter(seq).__setstate__(1))
print(reversed([1,2]).__length_hint__())
