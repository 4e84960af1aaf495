# A cycle with __del__: collected, __del__ runs once, gc.garbage stays empty.
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collect found", gc.collect())
print("garbage", gc.garbage)
s = Node("self")
s.other = s
del s
print("self cycle found", gc.collect())
