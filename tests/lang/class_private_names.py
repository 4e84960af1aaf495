# Private name mangling: __x inside a class body (and the functions nested
# in it) means _Class__x, for variables, attributes, parameters, keyword-
# only defaults, annotations, imports and nested definitions.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    @classmethod
    def count(cls):
        return cls.__count

a = Account("ann")
b = Account("bob")
print(a.owner(), b.reveal(), Account.count())
print(sorted(k for k in vars(a)))
print([k for k in Account.__dict__ if "count" in k or "secret" in k])
try:
    a.__owner
except AttributeError as e:
    print(e)
print(a._Account__owner)

class _Lead:
    def get(self):
        self.__v = 1
        return vars(self)
print(_Lead().get())

class ___:
    def get(self):
        self.__v = 1
        return vars(self)
print(___().get())

class Dunder:
    def __init__(self):
        self.__dunder__ = 1
        self.__x_ = 2
print(sorted(vars(Dunder())))

class Params:
    def f(self, __a, *, __b=2):
        return __a + __b
    def g(self, __x: int, *__rest: str) -> "Params":
        pass
print(Params().f(1), Params().f(1, _Params__b=5))
print(Params.g.__annotations__)
print(Params.f.__code__.co_varnames, Params.f.__kwdefaults__)

class Outer:
    def make(self):
        __local = "L"
        def inner():
            return __local
        return inner()
    class Inner:
        def get(self):
            self.__y = 1
            return list(vars(self))
print(Outer().make(), Outer.Inner().get())

class Comp:
    __items = [1, 2, 3]
    doubled = [x * 2 for x in __items]
    def lam(self):
        return (lambda: self.__class__.__items)()
print(Comp.doubled, Comp().lam())

__glob = "module level is not mangled"
class UsesGlobal:
    def get(self):
        try:
            return __glob
        except NameError as e:
            return str(e)
print(UsesGlobal().get())

class Imports:
    import math as __m
    def pi(self):
        return round(self.__m.pi, 2)
print(Imports().pi(), [k for k in Imports.__dict__ if "m" in k and k.startswith("_I")])

class Deleter:
    def __init__(self):
        self.__gone = 1
        del self.__gone
        self.__kept = getattr(self, "_Deleter__gone", "absent")
print(vars(Deleter()))

def outside(__z):
    return __z
print(outside(3), outside.__code__.co_varnames)

class NameInMessage:
    def get(self):
        return __missing
try:
    NameInMessage().get()
except NameError as e:
    print(e)

class Nonlocal:
    def run(self):
        __n = 0
        def bump():
            nonlocal __n
            __n += 1
        bump()
        bump()
        return __n
print(Nonlocal().run())

class Globals:
    def run(self):
        global __g
        __g = "set"
Globals().run()
print(sorted(k for k in globals() if k.endswith("__g")))
