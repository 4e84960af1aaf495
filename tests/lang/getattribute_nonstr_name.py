# Calling __getattribute__'s slot wrapper directly with a name that is not a
# str is a TypeError (it crashed tally: test_descr's test_type___getattribute__),
# as are __setattr__ and __delattr__ with one; a str name works as usual.
for f, args in [(type.__getattribute__, (list, type)), (object.__getattribute__, (1, 2)), (object.__setattr__, (object(), 1, 2)), (object.__delattr__, (object(), 1)), (type.__setattr__, (type("X", (), {}), 1, 2)), (int.__getattribute__, (1, b"real")), (type.__getattribute__, (int, "real"))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    pass
try:
    C.__getattribute__(C(), 5)
except Exception as e:
    print(type(e).__name__, e)
import types
try:
    types.ModuleType.__getattribute__(types, 5)
except Exception as e:
    print(type(e).__name__, e)
