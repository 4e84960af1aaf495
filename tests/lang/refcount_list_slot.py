# An object held only by a list slot has count 2; each slot adds one.
import sys
lst = [[1], [2]]
print("slot only", sys.getrefcount(lst[0]))
item = [3]
lst.append(item)
print("name + slot", sys.getrefcount(item))
lst.append(item)
lst.insert(0, item)
print("name + 3 slots", sys.getrefcount(item))
lst.remove(item)
print("one slot removed", sys.getrefcount(item))
popped = lst.pop()
print("popped and bound", sys.getrefcount(item))
del popped
lst[-1] = None
print("slot overwritten", sys.getrefcount(item))
lst.clear()
print("list cleared", sys.getrefcount(item))
