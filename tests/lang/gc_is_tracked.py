# is_tracked for atoms, containers, and dicts that become tracked.
import gc
print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(True))
print(gc.is_tracked([]), gc.is_tracked([1]), gc.is_tracked(([],)))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
def f():
    pass
print(gc.is_tracked(f), gc.is_tracked(range(3)), gc.is_tracked(len))
d = {}
print("empty dict", gc.is_tracked(d))
d["k"] = [1]
print("holding a list", gc.is_tracked(d))
d["k"] = 1
print("list removed, still tracked", gc.is_tracked(d))
