class C: pass
o = C()
for f, a in [(object.__getattribute__, (o, 1)), (object.__setattr__, (o, 1, 2)), (object.__delattr__, (o, 1)),
             (type.__setattr__, (C, 1, 2)), (type.__delattr__, (C, 1)), (type.__getattribute__, (C, 1)),
             (getattr, (o, 1)), (setattr, (o, 1, 2)), (delattr, (o, 1)), (hasattr, (o, 1)),
             (getattr, (o, 1, 5))]:
    try:
        f(*a)
    except TypeError as e: print(e)
import types
m = types.ModuleType("m")
for f, a in [(types.ModuleType.__getattribute__, (m, 1)), (types.ModuleType.__setattr__, (m, 1, 2)), (types.ModuleType.__delattr__, (m, 1))]:
    try:
        f(*a)
    except TypeError as e: print(e)
# a type's own __getattribute__ with a non-str name (test_descr crashed here)
try:
    type.__getattribute__(list, type)
except TypeError as e: print(e)
