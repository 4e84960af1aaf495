# __dict__ assignment: a class's own __dict__ stays read-only even through
# a base's __dict__ descriptor (metaclass deriving from a class); an
# exception's __dict__ takes a dict; a module's is a read-only member.
class Base(object):
    pass
class Meta1(type, Base):
    pass
class Meta2(Base, type):
    pass
class D(object, metaclass=Meta1):
    pass
class E(object, metaclass=Meta2):
    pass
dict_descr = Base.__dict__["__dict__"]
for x in D, E:
    for how in ("set", "del", "descr"):
        try:
            if how == "set":
                x.__dict__ = {}
            elif how == "del":
                del x.__dict__
            else:
                dict_descr.__set__(x, {})
            print(how, "allowed")
        except (AttributeError, TypeError) as e:
            print(how, type(e).__name__, e)
    print(type(dict_descr.__get__(x)).__name__)
class Ex(Exception):
    pass
e = Ex(1)
e.a = 2
print(e.__dict__)
e.__dict__ = {'b': 3}
print(e.b, e.__dict__)
import types
class M(types.ModuleType):
    pass
m = M("m")
print(sorted(m.__dict__))
try:
    m.__dict__ = {}
except (AttributeError, TypeError) as e2:
    print(type(e2).__name__, e2)
class P:
    pass
p = P()
p.__dict__ = {'z': 1}
print(p.z)
del p.__dict__
print(p.__dict__)
import types
d = types.ModuleType.__dict__["__dict__"]
print(type(d).__name__, d.__qualname__, d.__get__(types) is vars(types))


def can_delete_dict(e):
    try:
        del e.__dict__
    except (TypeError, AttributeError) as x:
        return type(x).__name__
    return True


class Exception1(Exception, Base):
    pass


class Exception2(Base, Exception):
    pass


for ExceptionType in Exception, Exception1, Exception2:
    e = ExceptionType()
    e.__dict__ = {"a": 1}
    print(ExceptionType.__name__, e.a, can_delete_dict(e), can_delete_dict(ValueError()))


class Module1(types.ModuleType, Base):
    pass


class Module2(Base, types.ModuleType):
    pass


for ModuleType in Module1, Module2:
    mod = ModuleType("spam")
    for how in ("set", "del"):
        try:
            if how == "set":
                mod.__dict__ = {}
            else:
                del mod.__dict__
            print(how, "allowed")
        except (AttributeError, TypeError) as x:
            print(how, type(x).__name__, x)
    mod.__dict__["spam"] = "eggs"
    print(mod.spam)
