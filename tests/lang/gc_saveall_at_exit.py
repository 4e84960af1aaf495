# Found by the fuzzers (tests/fuzz): with gc.DEBUG_SAVEALL still set at
# exit, the interpreter's final collections put cycles into gc.garbage
# after the list was gone.  The program ends normally, as CPython's does.
import gc
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
a.append(a)
b = {}
b["self"] = b
del a, b
print(gc.collect() >= 2)
c = [[]]
c[0].append(c)
del c
print("end")
