# A full collection untracks dicts that hold only atoms.
import gc
gc.disable()
d = {"k": []}
d["k"] = 1
print("before", gc.is_tracked(d))
gc.collect()
print("after a full collection", gc.is_tracked(d))
e = {"k": [[]]}
gc.collect()
print("still holding a list", gc.is_tracked(e))
