# More binding errors: many missing parameters ('a', 'b', and 'c'), keyword-only
# and positional-only mixes, generators, callable instances, * and ** errors.
def f5(a, b, c, d, e, *, f, g, h): pass
def g(*, a, b, c): pass
def gen(a): yield a
def kwo(a, /, b, *args, c, d=1, **kw): return a, b, args, c, d, kw
class C:
    def m(self, a, /, b): pass
    def __call__(self, x): pass
class Meta(type):
    def __call__(cls, a): return 'Meta.__call__'
class WM(metaclass=Meta): pass
ns = dict(f5=f5, g=g, gen=gen, kwo=kwo, C=C, obj=C(), WM=WM, d={'a': 1})
calls = """
f5()
f5(1, 2)
f5(1, 2, 3, 4, 5)
f5(1, 2, 3, 4, 5, f=1)
f5(1, 2, 3, 4, 5, 6, 7, f=1, g=2)
f5(1, 2, 3, 4, 5, 6, f=1, g=2, h=3)
g()
g(a=1)
g(1)
g(1, a=1)
g(1, 2, a=1, b=2, c=3)
gen()
gen(1, 2)
gen(b=1)
kwo()
kwo(1)
kwo(1, 2)
kwo(a=1, b=2, c=3)
kwo(1, 2, 3, c=4, b=5)
kwo(1, b=2, c=3, a=4)
obj.m()
obj.m(1)
obj.m(a=1, b=2)
obj.m(1, 2, 3)
obj()
obj(1, 2)
obj(y=1)
C.m(obj, 1, b=2, self=3)
WM()
WM(1, 2)
WM(b=1)
f5(*[1, 2], **d)
f5(1, *[2], a=3)
g(**d, **d)
g(**d, a=2)
g(*None)
g(**None)
g(*1, **1)
g(**{'a': 1}, **[])
(lambda a, b, /, c: 0)(1, b=2, a=3, c=4)
(lambda a, b, /, c: 0)(c=1, a=2)
(lambda *a, **k: (a, k))(1, x=2)
"""
import builtins
for c in calls.strip().splitlines():
    try:
        print(c, '->', eval(c, ns))
    except TypeError as e:
        print(c, '->', e)
