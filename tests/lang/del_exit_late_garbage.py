# At exit CPython 3.11 runs no finalizer for what outlives its module teardown:
# a cycle that a finalizer resurrected during the teardown collection, or a
# cycle whose last holder was the sys namespace, is never freed, so neither
# __del__ nor a weakref callback runs.  What the teardown frees by reference
# count (E below) is finalized as usual.
import sys
import weakref

class D:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self, w=sys.stdout.write, f=sys.stdout.flush):
        w('del %d\n' % self.n)
        f()

class E:
    def __del__(self, w=sys.stdout.write, f=sys.stdout.flush):
        w('delE\n')
        f()

def g():
    try:
        yield 1
    finally:
        o = D(47)
        yield 48

it = g()
next(it)
sys.foo = D(1)
import keyword
keyword.bar = D(2)
sys.baz = E()
keyword.q = E()
ref = weakref.ref(sys.foo, lambda r, w=sys.stdout.write: w('callback\n'))
print('end')
