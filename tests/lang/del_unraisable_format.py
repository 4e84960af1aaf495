# An exception escaping __del__ is reported through sys.unraisablehook with
# the message and traceback CPython 3.11 prints; the program goes on.
import sys
class A:
    def __del__(self):
        raise ValueError("from del")
class B:
    def __del__(self):
        raise KeyError
def hook(u):
    print(type(u.exc_value).__name__, repr(u.exc_value), u.err_msg, type(u.object).__name__)
    print(u.exc_traceback is not None)
a = A(); del a
sys.unraisablehook = hook
a = A(); del a
b = B(); del b
sys.unraisablehook = sys.__unraisablehook__
b = B(); del b
print("done")
