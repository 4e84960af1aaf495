# types.ModuleType: __new__ makes an uninitialised module of the class it
# is called on (subclasses included), __init__(name, doc=None) names it;
# CPython's argument errors; a subclass's own __init__ and attributes.
import types
for a in [(), (1,), ('x', 1, 2)]:
    try:
        types.ModuleType(*a)
    except Exception as e:
        print(type(e).__name__, e)
m = types.ModuleType.__new__(types.ModuleType)
print(repr(m), m.__dict__, hasattr(m, "__name__"))
try:
    m.foo
except Exception as e:
    print(type(e).__name__, e)
m.foo = 1
print(m.__dict__)
class M(types.ModuleType):
    def __init__(self, n):
        super().__init__(n)
        self.extra = 1
x = M('q')
print(type(x).__name__, isinstance(x, types.ModuleType), x.__name__, x.extra, sorted(x.__dict__))
m2 = types.ModuleType('a', 'docx')
print(m2.__doc__, m2.__name__)
m2.__init__('b')
print(m2.__name__, m2.__doc__)
m3 = types.ModuleType(name='kw', doc='d')
print(m3.__name__, m3.__doc__)
class Logging(types.ModuleType):
    log = []
    def __getattribute__(self, name):
        Logging.log.append(("getattr", name))
        return types.ModuleType.__getattribute__(self, name)
    def __setattr__(self, name, value):
        Logging.log.append(("setattr", name, value))
        types.ModuleType.__setattr__(self, name, value)
    def __delattr__(self, name):
        Logging.log.append(("delattr", name))
        types.ModuleType.__delattr__(self, name)
lm = Logging("foo")
lm.foo = 12
print(lm.foo)
del lm.foo
print(Logging.log)
