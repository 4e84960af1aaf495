# A function whose attribute dict refers back to it: function + dict = 2.
import gc
gc.disable()
gc.collect()
def f():
    pass
f.me = f
del f
print("function self-cycle", gc.collect())
