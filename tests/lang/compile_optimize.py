# compile(optimize=N): 1 drops asserts and makes __debug__ False, 2 drops
# docstrings too, for source and for a tree; -1 is the interpreter's level.
import ast
codestr = '''
def f():
    """doc"""
    debug_enabled = False
    if __debug__:
        debug_enabled = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, debug_enabled, __debug__)
    else:
        return (False, f.__doc__, debug_enabled, __debug__)
class C:
    """cdoc"""
'''
for optval in (-1, 0, 1, 2):
    for src in (codestr, ast.parse(codestr)):
        ns = {}
        exec(compile(src, "<test>", "exec", optimize=optval), ns)
        print(optval, ns['f'](), ns['C'].__doc__)
for bad in (-2, 3):
    try:
        compile("1", "s", "eval", optimize=bad)
    except ValueError as e:
        print(e)
m = compile('"mdoc"\nx = __debug__\nassert x, "no"', "s", "exec", optimize=2)
ns = {}
exec(m, ns)
print(ns.get('__doc__'), ns['x'])
print(eval(compile("__debug__", "s", "eval", optimize=1)), __debug__)
