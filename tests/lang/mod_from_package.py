# from package import submodule: a submodule that is missing is an
# ImportError naming the package; a submodule whose own import fails passes
# that failure on (importlib's _handle_fromlist); __file__ is absolute.
from _badpkg import good
print(good.VALUE, good.__name__, good.__file__.startswith("/"), good.__file__.endswith("_badpkg/good.py"))
try:
    from _badpkg import broken
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _badpkg import absent
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'absent' from '_badpkg'"))
import _weakref, weakref
print(_weakref.ref is weakref.ref, _weakref.getweakrefcount(object()))
class K:
    pass
k = K()
d = {"a": weakref.ref(k)}
_weakref._remove_dead_weakref(d, "a")
print(list(d))
del k
_weakref._remove_dead_weakref(d, "a")
_weakref._remove_dead_weakref(d, "missing")
print(list(d))
