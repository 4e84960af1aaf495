# With the collector enabled, garbage cycles do not pile up: the count of
# tracked objects stays bounded while cycles are made in a loop.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; it measures what automatic collections leave behind)
import gc
gc.enable()
gc.collect()
for i in range(20000):
    l = []
    l.append(l)
del l
print("gen-0 count stays under its threshold", gc.get_count()[0] <= 700)
print("full collection finds fewer than 1000", gc.collect() < 1000)
