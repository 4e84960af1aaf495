# BaseExceptionGroup / ExceptionGroup (PEP 654): the constructor's rules and
# messages, message/exceptions/args, str and repr, split/subgroup/derive with
# every kind of matcher, what split copies onto each part, subclassing.
# tally-gc-stress: skip (it prints what gc.collect() finds, which depends on when collections ran)
import gc, sys, weakref

def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(type(ExceptionGroup).__name__, ExceptionGroup.__module__, ExceptionGroup.__qualname__)
print(sorted(ExceptionGroup.__dict__))
print(sorted(BaseExceptionGroup.__dict__))
print(BaseExceptionGroup.__doc__, ExceptionGroup.__doc__)
print(ExceptionGroup[int], BaseExceptionGroup[int, str])

attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("bytes message", lambda: ExceptionGroup(b"a", [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("a", ValueError()))
attempt("None", lambda: ExceptionGroup("a", None))
attempt("set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("dict", lambda: ExceptionGroup("a", {1: ValueError()}))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("empty range", lambda: ExceptionGroup("a", range(0)))
attempt("str items", lambda: ExceptionGroup("a", "abc"))
attempt("class item", lambda: ExceptionGroup("a", [ValueError]))
attempt("item 1", lambda: ExceptionGroup("a", [ValueError(), 1]))
attempt("base in EG", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("base in BEG", lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
attempt("BEG of Exceptions", lambda: BaseExceptionGroup("a", [ValueError()]))
attempt("tuple", lambda: BaseExceptionGroup("a", (ValueError(),)))
attempt("keyword excs", lambda: ExceptionGroup("a", excs=[ValueError()]))
attempt("keywords only", lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
attempt("extra keyword", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("nested", lambda: ExceptionGroup("a", [ExceptionGroup("b", [ValueError()])]))
attempt("nested base", lambda: BaseExceptionGroup("a", [BaseExceptionGroup("b", [KeyboardInterrupt()])]))

class Seq:
    def __getitem__(self, i):
        if i < 2:
            return KeyError(i)
        raise IndexError
attempt("user sequence", lambda: ExceptionGroup("s", Seq()).exceptions)

class S(str):
    pass
attempt("str subclass message", lambda: ExceptionGroup(S("sub"), [ValueError()]))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg), "|", repr(eg), "|", eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup("one", [ValueError()])))
attempt("set message", lambda: setattr(eg, "message", "x"))
attempt("set exceptions", lambda: setattr(eg, "exceptions", ()))
attempt("del message", lambda: delattr(eg, "message"))
eg.__init__("q", [KeyError()])
print(eg.args, eg.message, repr(eg))
attempt("init keyword", lambda: eg.__init__(x=1))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(sys.getrefcount(eg), gc.is_tracked(eg), eg.__dict__)
r = weakref.ref(ExceptionGroup("w", [ValueError()]))
print(r())
ExceptionGroup.extra = 5
print(ExceptionGroup.extra)
del ExceptionGroup.extra
attempt("static type", lambda: setattr(BaseExceptionGroup, "extra", 1))

attempt("derive()", lambda: eg.derive())
attempt("derive(1, 2)", lambda: eg.derive(1, 2))
attempt("derive(x=1)", lambda: eg.derive(x=1))
attempt("derive([])", lambda: eg.derive([]))
attempt("derive base", lambda: eg.derive([KeyboardInterrupt()]))
attempt("split()", lambda: eg.split())
attempt("split(1, 2)", lambda: eg.split(1, 2))
attempt("split(x=1)", lambda: eg.split(x=1))
attempt("subgroup()", lambda: eg.subgroup())
attempt("subgroup(x=1)", lambda: eg.subgroup(x=1))
attempt("descriptor", lambda: BaseExceptionGroup.split(ValueError(), ValueError))
attempt("unsafe new", lambda: BaseException.__new__(ExceptionGroup))
attempt("object new", lambda: object.__new__(ValueError))

g = ExceptionGroup("a", [ValueError(1), TypeError(2)])
def is_value(e):
    return isinstance(e, ValueError)
for label, matcher in [("str.isdigit", str.isdigit), ("print", print), ("lambda", lambda e: True),
                       ("function", is_value), ("bound method", g.split), ("class", ValueError),
                       ("tuple", (ValueError,)), ("empty tuple", ()), ("nested tuple", (ValueError, (TypeError,))),
                       ("int", 1), ("not exception class", int), ("list", [ValueError])]:
    attempt("split " + label, lambda: g.split(matcher))
    attempt("subgroup " + label, lambda: g.subgroup(matcher))
class T(tuple):
    pass
attempt("tuple subclass", lambda: g.split(T((ValueError,))))
attempt("predicate raises", lambda: g.split(lambda e: 1 / 0))

seen = []
def record(e):
    seen.append(repr(e))
    return False
nested = ExceptionGroup("o", [ValueError(1), ExceptionGroup("i", [TypeError(2), OSError(3)])])
print(nested.split(record))
print(seen)
print(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "i"))
print(nested.subgroup(lambda e: e is nested) is nested)
print(nested.split(ValueError)[0].exceptions[0] is nested.exceptions[0])
print(nested.split(OSError))
print(nested.split((OSError, ValueError)))
print(nested.subgroup(Exception) is nested, nested.subgroup(KeyError))

# What split copies onto both parts: traceback, cause, context, a copy of the notes.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    full = caught
full.add_note("note 1")
m, r = full.split(ValueError)
for part in (m, r):
    print(repr(part), part.__traceback__ is full.__traceback__, repr(part.__cause__),
          repr(part.__context__), part.__suppress_context__, part.__notes__,
          part.__notes__ is full.__notes__)
full.__notes__ = ("tuple note",)
print(full.split(ValueError)[0].__notes__)
full.__notes__ = "ab"
print(full.split(ValueError)[0].__notes__)
full.__notes__ = 5
print(hasattr(full.split(ValueError)[0], "__notes__"))
plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
print(plain.split(ValueError)[0].__suppress_context__, plain.__suppress_context__)

class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.errcode)
mine = MyEG("m", [ValueError(1), TypeError(2)], 42)
print(repr(mine), mine.args, mine.errcode)
a, b = mine.split(ValueError)
print(repr(a), repr(b), a.errcode, type(a).__name__)

class Plain(ExceptionGroup):
    pass
p = Plain("x", [ValueError(1), TypeError(2)])
print(repr(p.split(ValueError)), type(p.split(ValueError)[0]).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
attempt("bad derive", lambda: BadDerive("x", [ValueError(1), TypeError(2)]).split(ValueError))
attempt("bad derive whole", lambda: BadDerive("x", [ValueError(1)]).split(BadDerive))

class B(BaseExceptionGroup):
    pass
attempt("B of Exceptions", lambda: B("x", [ValueError()]))
attempt("B of base", lambda: B("x", [KeyboardInterrupt()]))
class E(Exception, BaseExceptionGroup):
    pass
attempt("E of base", lambda: E("x", [KeyboardInterrupt()]))
attempt("E of Exceptions", lambda: E("x", [ValueError()]))

# A deep group: split recurses, guarded by the recursion limit.
deep = ValueError(0)
for i in range(50):
    deep = ExceptionGroup(str(i), [deep, TypeError(i)])
print(deep.subgroup(ValueError) is deep, repr(deep.subgroup(TypeError).exceptions[1]))

cyc = ExceptionGroup("c", [ValueError()])
cyc.me = cyc
del cyc
print(gc.collect())
