# All objects of a cyclic garbage set are finalized before any is cleared.
import gc
gc.disable()
gc.collect()
log = []
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append((self.name, self.peer is not None and self.peer.name))
a = N("a")
b = N("b")
a.peer = b
b.peer = a
del a, b
gc.collect()
print(sorted(log))
