# A tuple of atoms built at run time starts tracked; a collection untracks it.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; a collection untracks the tuple it inspects before the first check)
import gc
gc.disable()
x = 5
t = (x, "s", None)
print("new tuple", gc.is_tracked(t))
gc.collect()
print("after collection", gc.is_tracked(t))
u = (x, [])
gc.collect()
print("tuple holding a list", gc.is_tracked(u))
