# object.__init__/__new__'s messages for extra arguments, the str check of the
# built-in __setattr__, and a comparison method whose binding fails counting
# as missing.
class C:
    pass
for call in (lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42)):
    try: call()
    except TypeError as e: print(e)
class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for call in (lambda: D(42), lambda: D.__new__(D, 42), lambda: object.__new__(D, 42), lambda: D().__init__(42) if False else object.__init__(object.__new__(D), 42)):
    try: call()
    except TypeError as e: print(e)
class A: pass
try: type.__setattr__(A, b'x', None)
except TypeError as e: print(e)
try: object.__setattr__(A(), 1, None)
except TypeError as e: print(e)
def booh(self):
    raise AttributeError("booh")
class I:
    __init__ = property(booh)
try: I()
except AttributeError as e: print("AttributeError", e)
class E:
    __eq__ = property(booh)
try: print(E() == E())
except AttributeError as e: print("AttributeError", e)
