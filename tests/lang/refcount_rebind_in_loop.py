# Rebinding a name in a loop releases the old object each time.
import sys
keep = [0]
holder = keep
for i in range(5):
    holder = [i]
print("old object released", sys.getrefcount(keep))
print("last one bound once", sys.getrefcount(holder))
acc = []
for i in range(3):
    acc.append(keep)
print("appended three times", sys.getrefcount(keep))
acc = []
print("list replaced", sys.getrefcount(keep))
