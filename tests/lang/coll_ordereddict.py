# collections.OrderedDict: a dict subclass with move_to_end, popitem from
# either end, the list-of-pairs repr and order-sensitive equality between
# OrderedDicts.
from collections import OrderedDict


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)


od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(od, OrderedDict(), isinstance(od, dict), len(od), list(od))
od["d"] = 4
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("c", False)
od.move_to_end("d", True)
print(list(od.items()), list(reversed(od)))
attempt("move missing", lambda: od.move_to_end("zz"))
print(od.popitem(), od.popitem(last=False), od)
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem first empty", lambda: OrderedDict().popitem(last=False))

# Equality: order matters only between two OrderedDicts.
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict(a=1, b=2), x != {"a": 1, "b": 2})
print(x == OrderedDict(a=1, b=3), x == [("a", 1), ("b", 2)])

# copy, |, fromkeys and the dict methods keep working.
cp = x.copy()
cp["c"] = 3
print(x, cp, type(cp).__name__)
print(x | {"z": 0}, {"q": 0} | x, type(x | {}).__name__, type({} | x).__name__)
x |= {"b": 20, "e": 5}
print(x)
print(OrderedDict.fromkeys("xyz", 0), type(OrderedDict.fromkeys("ab")).__name__)
print(x.pop("a"), x.setdefault("n", 9), x.get("b"), x)
del x["b"]
x["b"] = 7
print(x, list(x.keys()), list(x.values()))

# A recursive repr, and a subclass's name.
rec = OrderedDict()
rec["self"] = rec
print(rec)


class Config(OrderedDict):
    pass


cfg = Config(host="h", port=1)
cfg.move_to_end("host")
print(cfg, type(cfg.copy()).__name__, OrderedDict.__module__)

# The usual use: an LRU cache of two entries.
cache = OrderedDict()
for key in ["a", "b", "a", "c", "b", "d"]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key.upper()
        if len(cache) > 2:
            print("evict", cache.popitem(last=False))
print(cache)
