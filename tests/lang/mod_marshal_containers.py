# marshal round-trips lists, sets and dicts (pstats' dump files: cProfile's dump_stats, then
# pstats.Stats(path)), refuses subclasses and nesting past CPython's 2000 levels, and a str whose
# byte count runs past the data is an EOFError, not a crash.
import marshal

vals = [{('a', 1, 'f'): (1, 1, 0.5, 0.5, {('b', 2, 'g'): (1, 1, 0.1, 0.1)})},
        [1, [2, {3}], set(), {'x': [1.5, b'z', 'h\u00e9\U0001f600\udc80']}],
        {}, [], {1: [2], 'k': {frozenset({1}): None}}, [None, True, ..., 2 ** 100, 3j]]
for v in vals:
    r = marshal.loads(marshal.dumps(v))
    print(r == v, type(r).__name__, r)
shared = [1]
r = marshal.loads(marshal.dumps([shared, shared]))
print(r, r[0] is r[1])

class L(list):
    pass
class D(dict):
    pass
for v in (L(), D(), {1: L()}):
    try:
        marshal.dumps(v)
    except ValueError as e:
        print("ValueError", e)

deep = []
for i in range(2100):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print("ValueError", e)
ok = []
for i in range(400):
    ok = [ok]
print(marshal.loads(marshal.dumps(ok)) == ok)

b = marshal.dumps({'key': 'value'})
for cut in range(len(b)):
    try:
        marshal.loads(b[:cut])
    except (EOFError, ValueError):
        pass
print("truncations refused")
