# Which binding error a wrong call reports first, and its wording, for functions,
# lambdas, methods, __init__/__new__ and metaclass __call__: keywords are bound
# before the positional count is checked (CPython 3.11's initialize_locals).
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def fd(a, b=1): pass
def fk(a, *, k): pass
def fk2(a, *, k, m, n=3): pass
def fkd(a, b=10, *, c): pass
def fp(a, b, /, c=0): pass
def fpk(a, /, b, *, c): pass
def fpv(a, /, **kw): return kw
def fv(*args): pass
def fvk(a, *args, k): pass
def f3(a, b, c): pass
def f4(a, b, c, d): pass
lam = lambda x, y=2: x
class C:
    def m(self, a): pass
    def __init__(self, x, *, y): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
class K: pass
class E:
    def __init__(self): pass
class N:
    def __new__(cls, a): return object.__new__(cls)
obj = C(1, y=2)
ns = dict(f0=f0, f1=f1, f2=f2, fd=fd, fk=fk, fk2=fk2, fkd=fkd, fp=fp, fpk=fpk, fpv=fpv, fv=fv,
          fvk=fvk, f3=f3, f4=f4, lam=lam, C=C, K=K, E=E, N=N, obj=obj, nd={1: 2}, NM=5)
calls = """
f0(1)
f0(1, 2)
f0(a=1)
f0(**{1: 2})
f0(**{'a': 1})
f0(*1)
f0(**1)
f0(**[1])
f0(*None)
f0(**NM)
f1()
f1(1, 2)
f1(b=1)
f1(1, a=2)
f2()
f2(1)
f2(b=1)
f2(1, 2, 3)
f3()
f3(1)
f4()
f4(c=1)
fd()
fd(1, 2, 3)
fd(1, 2, 3, a=1)
fd(b=2)
fk(1)
fk(1, 2)
fk(1, 2, k=3)
fk2(1)
fk2(1, k=2)
fk2()
fk2(1, 2, 3, k=1, m=2)
fkd(1, 2, 3, a=4, c=5)
fkd(1, 2, 3, zz=1, c=5)
fkd(1, 2, 3, c=5)
fkd(1, 2, 3)
fkd()
fp(1, a=2, b=3)
fp(a=1, b=2)
fp(1, 2, a=3)
fp(1, 2, 3, 4)
fp(1, 2, 3, 4, a=1)
fp(1, b=2, z=3)
fpk(a=1, b=2, c=3)
fpk(1, 2, 3)
fpk(1)
fpv(1, a=2)
fv(a=1)
fv(1, **{1: 2})
fvk(1, 2)
fvk(1, 2, k=3, j=4)
lam()
lam(1, 2, 3)
lam(1, z=3)
(lambda: 0)(1)
(lambda *, a: 0)()
C()
C(1)
C(1, 2)
C(1, y=2, z=3)
obj.m()
obj.m(1, 2)
obj.m(a=1, b=2)
C.m()
C.m(obj)
obj.s()
obj.c()
obj.c(1, 2)
K(1)
K(a=1)
K(1, **{1: 2})
K(**{1: 2})
E(1)
E(a=1)
N()
N(1, 2)
f1(1, **{'a': 2})
f1(*[1], **{'a': 2})
f1(**{'a': 1}, **{'a': 2})
f2(1, *[2], **{'b': 3})
f1(**{'a': 1, 'b': 2})
fk(**{'k': 1})
f2(*(1, 2, 3))
f1(*1)
f1(**None)
f1(**nd)
""".strip().splitlines()
for c in calls:
    try:
        eval(c, ns)
        print(c, '-> ok')
    except TypeError as e:
        print(c, '->', e)
