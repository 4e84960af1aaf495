# Ellipsis and NotImplemented pickle (and copy) as themselves, by name:
# __reduce__ gives "Ellipsis" / "NotImplemented" as in CPython (typing's
# Tuple[int, ...] pickles through it).
import pickle, copy
for o in (..., NotImplemented):
    for p in range(6):
        print(pickle.loads(pickle.dumps(o, p)) is o, o.__reduce__(), o.__reduce_ex__(p))
    print(copy.copy(o) is o, copy.deepcopy([o])[0] is o)
print(pickle.loads(pickle.dumps((1, ..., [NotImplemented]))))
try:
    ....__reduce__(1)
except TypeError as e:
    print("TypeError", e)
