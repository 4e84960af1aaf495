# A call with **kwargs names the callable (its __qualname__, or str())
# only in an error message: the lookup runs the object's own code.
def f(**k): return k
class C:
    def __call__(self, **k): return k
    def __str__(self):
        print("str called")
        return "C!"
for call in (lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(**1), lambda: C()(**{'a': 1}, **{'a': 2}),
             lambda: print(**{'sep': 1}, **{'sep': 2}), lambda: C()(**[]), lambda: f(*1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(C()(**{'x': 1}))

from unittest import mock
m = mock.MagicMock()
def g(*args, **kwargs):
    return m(*args, **kwargs)
g(1, x=2)
print(m.mock_calls)
