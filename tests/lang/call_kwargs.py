# **kwargs collects extra keywords into a dict, in call order.
def f(a, **kw):
    return a, kw
print(f(1), f(1, b=2, c=3), f(a=0, z=1, y=2), f(**{"a": 5, "q": 6}))
def g(*args, **kwargs):
    return args, kwargs
print(g(1, 2, x=3), g(*[1], **{"k": "v"}), g())
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
