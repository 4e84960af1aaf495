# Reference counting frees most objects at once; a cycle needs the collector.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("freeing", self.name)

a = Node("a")
del a                      # freed at once: "freeing a"
b, c = Node("b"), Node("c")
b.other, c.other = c, b    # a cycle
del b, c                   # nothing yet: each still references the other
print("collected", gc.collect())
