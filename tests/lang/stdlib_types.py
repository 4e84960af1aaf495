# CPython's types.py: the type objects it finds by making one of each.
import types
def f(): pass
def g(): yield 1
async def c(): pass
class C:
    def m(self): pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(types.GeneratorType is type(g()), types.CodeType is type(f.__code__))
print(types.MethodType is type(C().m), types.BuiltinFunctionType is type(len))
print(types.ModuleType is type(types), types.NoneType is type(None), types.EllipsisType is type(...))
print(types.MappingProxyType is type(C.__dict__), types.NotImplementedType is type(NotImplemented))
co = c(); print(types.CoroutineType is type(co)); co.close()
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[2]))
m = types.ModuleType("mine", "doc")
print(m.__name__, m.__doc__)
K = types.new_class("K", (C,), {}, lambda ns: ns.update(z=3))
print(K.__name__, K.z, K.__mro__[1] is C)
print(types.resolve_bases((C, int)))
ns2 = types.SimpleNamespace(a=1, b="x", c=[2])
ns2.__init__(d=4)
print(ns2, ns2.__dict__, ns2 != ns, ns.__reduce__())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in types.__all__ if n.endswith("Type"))[:6])
