# frozenset is hashable and immutable.
f = frozenset([1, 2, 3])
print(sorted(f), type(f).__name__, hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3})
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print(sorted({frozenset([1]), frozenset([1]), frozenset([2])}, key=sorted))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(type(f | {9}).__name__, type({9} | f).__name__)
