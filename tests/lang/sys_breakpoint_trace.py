# breakpoint() and sys.breakpointhook (PEP 553), and the trace-function
# queries tally answers: gettrace() is None, settrace(None) is accepted.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__)
print(sys.gettrace(), sys.settrace(None), sys.gettrace())

def hook(*args, **kws):
    print("hook", args, sorted(kws.items()))
    return "result"

sys.breakpointhook = hook
print(breakpoint(1, 2, three=3))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print(breakpoint("abc"))
os.environ["PYTHONBREAKPOINT"] = "repr"
print(breakpoint([1]))
os.environ["PYTHONBREAKPOINT"] = "os.path.basename"
print(breakpoint("/a/b"))
for spec in (".", "..", "int.", "nosuch", "nosuchmodule.f", ".foo.bar"):
    os.environ["PYTHONBREAKPOINT"] = spec
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print(repr(spec), breakpoint(), [(x.category.__name__, str(x.message)) for x in w])
os.environ["PYTHONBREAKPOINT"] = "len"
try:
    breakpoint()
except TypeError as e:
    print("TypeError", e)
