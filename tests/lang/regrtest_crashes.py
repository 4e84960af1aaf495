# Crashes and wrong answers CPython's own regression tests found (make
# test-cpython): a class whose __call__ is an instance of itself
# (test_class.testSFBug532646), eval/exec of a code object with free
# variables (test_scope.testEvalExecFreeVars), and a bound method's
# __doc__ (unittest prints it for every test).
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print(e)

depth = 0
class D:
    def __call__(self):
        global depth
        depth += 1
        self()
try:
    D()()
except RecursionError as e:
    print(e, depth)

def f(x):
    return lambda: x + 1
g = f(3)
for run in (eval, exec):
    try:
        run(g.__code__)
    except TypeError as e:
        print(run.__name__, e)

class T:
    def m(self):
        pass
    def d(self):
        "doc of d"
print(T().m.__doc__, T().d.__doc__, T.m.__doc__)
import types
print(types.MethodType.__doc__)
print(types.FunctionType.__doc__.splitlines()[0], property.__doc__.splitlines()[0])
for t in (types.MethodType, types.FunctionType, types.GeneratorType, type(iter([])), type(None)):
    print(t.__name__, '__doc__' in t.__dict__)
