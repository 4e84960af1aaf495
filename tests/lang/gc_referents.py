# get_referents follows each object's references (only container objects
# have any); get_referrers finds the tracked containers that refer to an
# object; get_objects lists the tracked objects but never its own result.
import gc
a = [1, "two"]
b = [a, 3.5]
t = (a, b, None)
print(gc.get_referents(a))
print(gc.get_referents(b) == [3.5, a])
print(gc.get_referents(t) == [None, b, a])
print(gc.get_referents(1, "x", 2.5, None))
print(len(gc.get_referents(a, b, t)))
r = gc.get_referrers(a)
print(any(x is b for x in r), any(x is t for x in r), any(x is r for x in r))
objs = gc.get_objects()
print(any(x is b for x in objs), any(x is objs for x in objs))
print(gc.is_tracked(a), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(()))
print(gc.is_finalized(a))
