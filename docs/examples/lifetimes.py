# Watching reference counts change as names, containers and calls take references.
import sys

data = [1, 2, 3]
print("one name:", sys.getrefcount(data))
box = {"data": data}
print("and a dict value:", sys.getrefcount(data))
pair = (data, data)
print("and two tuple slots:", sys.getrefcount(data))

def look(arg):
    return sys.getrefcount(arg)

print("inside a call:", look(data))
del box, pair
print("after del:", sys.getrefcount(data))
