# A very deep chain of nested lists is freed without overflowing the C stack.
import gc
gc.disable()
head = []
node = head
for i in range(200000):
    new = []
    node.append(new)
    node = new
del node, new
head = None
print("freed by refcount")
chain = []
node = chain
for i in range(200000):
    new = []
    node.append(new)
    node = new
node.append(chain)
del node, new, chain
print("deep cycle collected", gc.collect())
