# BaseException and Exception constructed directly.
e = BaseException("base")
print(type(e).__name__, e.args, str(e))
e = Exception()
print(repr(e), e.args == ())
try:
    raise Exception("plain", "two")
except Exception as e:
    print(e, len(e.args))
