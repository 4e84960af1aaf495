# freeze() moves every tracked object to the permanent generation, which
# collections ignore; unfreeze() moves them back into the oldest generation.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it counts the objects each collection leaves in generation 0)
import gc
gc.collect()
print(gc.get_freeze_count())
keep = [[i] for i in range(10)]
gc.freeze()
print(gc.get_freeze_count() > 10, gc.get_objects(0), gc.get_objects(1), gc.get_objects(2))
gc.unfreeze()
print(gc.get_freeze_count(), len(gc.get_objects(2)) > 10)
l = []
l.append(l)
del l
print(gc.collect())
print(gc.collect())
