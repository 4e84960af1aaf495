# A self-recursive nested function is a cycle: function -> cell -> function.
import gc
gc.disable()
gc.collect()
def outer():
    def rec(n):
        return 0 if n == 0 else rec(n - 1)
    return rec(5)
print(outer())
print("closure cycle found", gc.collect() > 0)
print("second collection", gc.collect())
