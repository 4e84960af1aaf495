# collections.defaultdict: a dict subclass whose missing keys are filled by
# default_factory through __missing__.
from collections import defaultdict


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)


groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups)
print(isinstance(groups, dict), type(groups).__name__, defaultdict.__module__)
print(groups.default_factory, len(groups), sorted(groups), groups == dict(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["zz"], "zz" in counts, counts.get("yy"), "yy" in counts)

# Without a factory a missing key is a KeyError, like a dict.
plain = defaultdict()
print(plain, plain.default_factory)
attempt("no factory", lambda: plain["x"])
attempt("explicit None", lambda: defaultdict(None)[("a", 1)])
attempt("missing direct", lambda: defaultdict(int).__missing__("k"))

# Constructor arguments after the factory are dict's.
print(defaultdict(int, {"a": 1}, b=2), defaultdict(None, [("k", "v")]), defaultdict(list, x=[1]))
attempt("not callable", lambda: defaultdict(1))
attempt("two mappings", lambda: defaultdict(int, {}, {}))

# copy() and __copy__ keep the class and the factory; the copy is shallow.
orig = defaultdict(list, a=[1])
dup = orig.copy()
dup["b"].append(2)
print(orig, dup, type(dup).__name__, dup["a"] is orig["a"], orig.__copy__())

# default_factory can be changed and deleted.
fd = defaultdict(int)
fd.default_factory = str
print(repr(fd["w"]), fd)
del fd.default_factory
print(fd.default_factory)
attempt("after delete", lambda: fd["other"])

# | gives a defaultdict with the defaultdict operand's factory.
left = defaultdict(int, a=1) | {"b": 2}
right = {"a": 0, "c": 3} | defaultdict(list, c=[])
print(left, right, left["missing"], right["missing"])
inplace = defaultdict(set)
inplace |= {"z": {1}}
print(inplace, type(inplace).__name__)
attempt("or list", lambda: defaultdict(int) | [1])

# A lambda factory, and a factory that is itself a class.
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
print(nested["x"], dict(nested["x"]))


class Box:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return f"Box({self.items})"


boxes = defaultdict(Box)
boxes[1].items.append("a")
print(boxes[1], list(boxes.values()))


# A subclass: its own name in the repr, its own __setitem__ used by __missing__.
class Logged(defaultdict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


lg = Logged(int)
lg["q"] += 1
print(lg, type(lg.copy()).__name__)

# A factory whose repr shows the dict itself.
loop = defaultdict()
loop.default_factory = loop.copy
print(repr(loop).startswith("defaultdict(<built-in method copy of collections.defaultdict object at"))
print(defaultdict[str, int])

# dict methods still work.
m = defaultdict(list, a=[1], b=[2])
print(m.pop("a"), m.setdefault("c", [3]), list(m.items()), m.popitem(), m)
