# A metaclass's own mro() decides __mro__ (checked: classes only, and a
# layout the instances have); type.mro() computes C3 afresh; reentrant
# __bases__ assignments from mro() neither crash nor loop.
class A(object):
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass
print(D.mro())
class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(D,B,C,A, metaclass=PerverseMetaType):
    pass
print(X.__mro__, X().f())
for ret in ([1], 1, None):
    class M(type):
        def mro(self, ret=ret):
            return ret
    try:
        class Y(metaclass=M): pass
        print("created")
    except TypeError as e:
        print("TypeError", e)
class M(type):
    def mro(self):
        return [self, dict, object]
try:
    class Z(object, metaclass=M): pass
    z = object.__new__(Z)
    z[5] = 6
    print("no error")
except TypeError as e:
    print("TypeError", e)
class M2(type):
    def mro(self):
        return [self, int, object]
class W(int, metaclass=M2): pass
print(W.__mro__, W(5) + 1)
print(type.mro(int), object.mro())


# Reentrancy while a class is being made: its MRO is not set yet.
class Incomplete(type):
    seen = 0

    def mro(cls):
        Incomplete.seen += 1
        if Incomplete.seen == 1:
            print("mro is", cls.__mro__)
            try:
                class Sub(cls):
                    pass
            except TypeError as e:
                print("TypeError", e)
            try:
                super(cls, cls).xxx
            except AttributeError:
                print("AttributeError")
            cls.__bases__ += ()
        return type.mro(cls)


class First(metaclass=Incomplete):
    pass


print(First.__mro__)


class Cycle(type):
    ready = False

    def mro(cls):
        if Cycle.ready:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)


class Base(metaclass=Cycle):
    pass


class B1(Base):
    pass


class B2(Base):
    pass


Cycle.ready = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError", e)
