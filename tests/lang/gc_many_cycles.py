# Thousands of small cycles all collected by one full collection.
import gc
gc.disable()
gc.collect()
for i in range(3000):
    a = [i]
    b = [a]
    a.append(b)
del a, b
print(gc.collect())
