# pickle (pickle.py over tally's C _pickle): every protocol round-trips
# builtins, a class instance, big ints, complex and a recursive list; built-in
# functions pickle by name and bound built-in methods as getattr(self, name).
import io
import pickle

class P:
    def __init__(self, a):
        self.a = a
    def __eq__(self, o):
        return type(o) is P and o.a == self.a

data = [1, 2.5, 'x', b'y', (1, 2), {'k': [None, True]}, {1, 2}, frozenset([3]), P(7), 10**30,
        complex(1, 2), len, [].append.__self__]
rec = [1]
rec.append(rec)
for proto in range(6):
    s = pickle.dumps(data, proto)
    print(proto, pickle.loads(s) == data, len(s))
    r = pickle.loads(pickle.dumps(rec, proto))
    print(r[1] is r)
buf = io.BytesIO()
pickle.dump({'a': 1}, buf)
buf.seek(0)
print(pickle.load(buf))
print(len.__reduce__(), [1].append.__reduce__()[0] is getattr, [1].append.__reduce__()[1])
print(pickle.loads(pickle.dumps([1, 2].index))(2))
