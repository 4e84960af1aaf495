# sys.settrace/sys.setprofile called from the __del__ of the function they
# are replacing: RuntimeError, as in CPython 3.11 (the old one is removed
# first, the new one installed after).
import sys

def show(frame, event, arg):
    print('  profile', event, frame.f_code.co_name, getattr(arg, '__name__', arg))

class A:
    def __call__(self, *a):
        return None
    def __del__(self):
        print('A.__del__ sees trace', sys.gettrace())
        try:
            sys.settrace(print)
        except RuntimeError as e:
            print('RuntimeError:', e)
        sys.setprofile(show)
        sys.setprofile(None)

class B:
    def __call__(self, *a):
        return None
    def __del__(self):
        print('B.__del__ sees profile', sys.getprofile())
        try:
            sys.setprofile(print)
        except RuntimeError as e:
            print('RuntimeError:', e)

def foo(*a):
    return None

sys.settrace(A())
sys.settrace(foo)
print(sys.gettrace() is foo)
sys.settrace(None)
sys.setprofile(B())
sys.setprofile(None)
print(sys.getprofile())

# An unraisable error from such a __del__ reaches sys.unraisablehook.
def hook(u):
    print('unraisable', type(u.exc_value).__name__, u.object.__qualname__)
sys.unraisablehook = hook
class C:
    def __call__(self, *a):
        return None
    def __del__(self):
        sys.settrace(foo)
sys.settrace(C())
sys.settrace(None)
print(sys.gettrace())
