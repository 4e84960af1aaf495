# get_objects lists tracked objects; untracked ones are not there.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it checks which generation a new object is in)
import gc
gc.disable()
gc.collect()
marker = ["marker"]
atom = {"only": "atoms"}
objs = gc.get_objects()
print("list found", any([o is marker for o in objs]))
print("untracked dict not found", any([o is atom for o in objs]))
print("the result list itself is not in it", any([o is objs for o in objs]))
young = gc.get_objects(generation=0)
print("new list in gen 0", any([o is marker for o in young]))
gc.collect()
print("after collection, gen 0 empty of it", any([o is marker for o in gc.get_objects(0)]))
print("and in gen 2", any([o is marker for o in gc.get_objects(2)]))
print("generation -1 means all, as None does", any([o is marker for o in gc.get_objects(-1)]))
for g in [3, -2]:
    try:
        gc.get_objects(g)
    except ValueError as e:
        print("ValueError:", e)
