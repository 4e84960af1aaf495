# A ring of 10 lists, each referring to the next, is one garbage cycle of 10.
import gc
gc.disable()
gc.collect()
def ring(n):
    nodes = [[] for _ in range(n)]
    for i in range(n):
        nodes[i].append(nodes[(i + 1) % n])
ring(10)
print("ring of 10", gc.collect())
ring(3)
ring(4)
print("rings of 3 and 4", gc.collect())
