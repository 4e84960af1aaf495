# A gen-0 collection does not look at a cycle already promoted to gen 1.
import gc
gc.disable()
gc.collect()
a = []
a.append(a)
gc.collect(0)
del a
print("gen 0 after promotion", gc.collect(0))
print("gen 1 finds it", gc.collect(1))
