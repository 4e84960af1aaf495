# A cycle hanging off a large acyclic structure is collected, the rest kept.
import gc
gc.disable()
gc.collect()
tree = [[i, [i * 2]] for i in range(2000)]
loop = []
loop.append(loop)
tree.append(loop)
tree.pop()
del loop
print("only the loop is garbage", gc.collect())
print(len(tree), tree[1999][1])
