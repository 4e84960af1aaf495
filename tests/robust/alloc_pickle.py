# scripts/fail-after makes each allocation of this program fail in turn
# (tests/unit/test_robust.c): _pickle's pickler and unpickler (their
# buffers, memo tables, stacks, marks) at protocols 0, 2 and 5, through
# bytes and a file, and bad input.
import _pickle
import io
class P:
    def __init__(self, v):
        self.v = v
data = [1, 2**70, 1.5, "s\u00e9", b"b", (1, 2), {"k": [None, True]}, {3}, frozenset([4]),
        bytearray(b"a"), P(5), len]
data.append(data)
for proto in (0, 2, 5):
    s = _pickle.dumps(data, proto)
    back = _pickle.loads(s)
    print(proto, len(s), back[10].v, back[-1] is back)
f = io.BytesIO()
_pickle.dump(list(range(300)), f, 4)
f.seek(0)
print(sum(_pickle.load(f)))
try:
    _pickle.loads(b"(lp0\nI1\naI2\n")
except EOFError as e:
    print("EOFError", e)
