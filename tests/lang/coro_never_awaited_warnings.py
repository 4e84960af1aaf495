# "coroutine ... was never awaited" goes through warnings.py once it is
# loaded: catch_warnings(record=True) records it, an "error" filter makes
# it an exception (reported as unraisable), an "ignore" filter hides it.
import gc
import sys
import warnings


async def f():
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    del c
    gc.collect()
print([str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])

seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    c = f()
    del c
print(seen)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    c = f()
    del c
print(seen)
