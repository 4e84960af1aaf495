# "object doesn't support item deletion" vs "object is not subscriptable":
# which message each kind of object and key gets.
class G:
    def __getitem__(self, i): return i
class E: pass
for o in ("abc", (1, 2), {1}, frozenset(), 5, G(), E(), b'x', range(3), {1: 2}.keys(), iter([]), None):
    for k in (0, 'k', True):
        try:
            del o[k]
        except Exception as e:
            print(type(o).__name__, repr(k), type(e).__name__, e)
