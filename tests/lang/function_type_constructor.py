# types.FunctionType(code, globals, name, argdefs, closure) and its checks.
import types
def outer():
    x = 10
    def inner(a, b=2):
        return a + b + x
    return inner
inner = outer()
f = types.FunctionType(inner.__code__, {'__builtins__': __builtins__}, 'renamed', (5,), inner.__closure__)
print(f(1), f.__name__, f.__qualname__, f.__defaults__, f(1, 1))
g = types.FunctionType((lambda: y).__code__, {'y': 42})
print(g(), g.__name__, g.__module__)
for args in [(1, {}), (g.__code__, 1), (g.__code__, {}, 3), (g.__code__, {}, None, [1]),
             (inner.__code__, {}), (inner.__code__, {}, None, None, (1,)), (inner.__code__, {}, None, None, ()),
             (g.__code__, {}, None, None, 5)]:
    try:
        types.FunctionType(*args)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
print(type(g) is types.FunctionType, types.FunctionType(code=g.__code__, globals={'y': 1})())
