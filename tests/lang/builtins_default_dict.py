# Globals without __builtins__ get the running code's builtins dict (not the
# module) from exec(), and a function made on such globals uses them; an
# imported module's __builtins__ is the builtins dict, __main__'s the module.
import builtins
import json
import textwrap
import types

g = {}
exec("", g)
print(type(g["__builtins__"]).__name__, g["__builtins__"] is builtins.__dict__)
print(type(json.__builtins__).__name__, json.__builtins__ is builtins.__dict__)
print(type(__builtins__).__name__)


def f():
    pass


print(f.__builtins__ is builtins.__dict__)
code = textwrap.dedent("""
    def func3(s): pass
    func4 = type(func3)(func3.__code__, {})
    h = {}
    exec("r = len([1, 2])", h)
    r = h["r"]
    kind = type(h["__builtins__"]).__name__
""")
safe = {"None": None, "len": lambda x: 42, "exec": exec, "type": type}
ns = {"__builtins__": safe}
exec(code, ns)
print(ns["func3"].__builtins__ is safe, ns["func4"].__builtins__ is safe,
      "__builtins__" in ns["func4"].__globals__, ns["r"], ns["kind"])
fn = types.FunctionType(f.__code__, {})
print(fn.__builtins__ is builtins.__dict__)
