# atexit: registration, LIFO order at exit, arguments, unregister, the
# explicit run and clear, and how it interleaves with weakref.finalize.
# tally-gc-stress: skip (-X gc-stress collects at every allocation; the teardown order of __del__ follows the collector's lists, which that reorders)
import atexit
import sys
import weakref

base = atexit._ncallbacks()

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def late():
    print("registered during the run: never called")

def registers_more():
    print("registers_more")
    atexit.register(late)

def raises():
    raise ValueError("boom")

# The explicit run: newest first, exceptions reported, list emptied.
atexit.register(show, "first")
atexit.register(registers_more)
atexit.register(raises)
atexit.register(show, "third", k=3)
print(atexit._ncallbacks() - base)
sys.unraisablehook = lambda u: print("unraisable:", u.err_msg, u.exc_type.__name__, u.exc_value, u.object.__name__)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
sys.unraisablehook = sys.__unraisablehook__

# unregister empties every slot of the function; the count keeps the slots.
atexit.register(show, "a")
atexit.register(show, "b")
atexit.register(late)
atexit.unregister(show)
print(atexit._ncallbacks())
atexit._clear()
print(atexit._ncallbacks())

class Eq:
    def __eq__(self, other):
        raise RuntimeError("eq")
    __hash__ = None
    def __call__(self):
        pass

atexit.register(Eq())
try:
    atexit.unregister(show)
except RuntimeError as e:
    print("unregister:", e)
atexit._clear()

# Errors.
for call in (lambda: atexit.register(), lambda: atexit.register(1), lambda: atexit.unregister(),
             lambda: atexit._ncallbacks(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Decorator use returns the function.
@atexit.register
def at_exit_decorated():
    print("decorated ran at exit")
print(at_exit_decorated.__name__)

class Obj:
    pass

class Deleted:
    def __del__(self):
        print("__del__ at teardown, after every atexit callback")

o1 = Obj()
weakref.finalize(o1, print, "finalize 1 (runs with the finalizers' slot)")
atexit.register(show, "registered after the first finalize")
o2 = Obj()
weakref.finalize(o2, print, "finalize 2 (newer than finalize 1)")
atexit.register(show, "last registered, first run")
keep = Deleted()
print("end of program")

# sys.is_finalizing(): False while the callbacks run, True during teardown.
atexit.register(lambda: print("in a callback, is_finalizing:", sys.is_finalizing()))
class Late:
    def __del__(self):
        print("in teardown, is_finalizing:", sys.is_finalizing())
late = Late()
print("now:", sys.is_finalizing())
