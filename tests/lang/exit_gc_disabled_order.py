# tally-gc-stress: skip (the order depends on when the collector runs)
# At exit, CPython collects cycles before tearing modules down only when
# automatic collection is enabled (_PyGC_CollectIfEnabled): after gc.disable()
# a global's __del__ runs before a garbage cycle's, in the one collection of
# the module teardown (difftest seed s7b:1520, an async generator's cycle).
import gc
gc.disable()

class G:
    def __del__(self):
        print("global del")

g = G()

class D:
    def __del__(self):
        print("cycle del")

class C:
    pass

c = C()
c.self = c
c.d = D()
del c

def gen():
    try:
        yield 1
    finally:
        print("generator closed")

it = gen()
next(it)
print("end of program")
