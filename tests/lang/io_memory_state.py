# BytesIO and StringIO state: __getstate__ / __setstate__ checks and pickling (protocols 2-5).
import io, pickle, copy
for args in [(b"", 0.0, None), (b"", 0, 0), (b"len-test", 0), 0, (b"", -1, None), ("unicode", 0, None)]:
    try: io.BytesIO().__setstate__(args)
    except Exception as e: print(type(e).__name__, e)
for args in [("", "", 0.0, None), ("", "", 0, 0), ("len-test", 0), 0, ("", "", -1, None), (b"", "", 0, None), ("", b"", 0, None), ("", "f", 0, None)]:
    try: io.StringIO().__setstate__(args)
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"abc"); b.read(1); b.foo = 1
print(b.__getstate__(), io.BytesIO().__getstate__())
for proto in range(2, 6):
    c = pickle.loads(pickle.dumps(b, proto)); print(c.getvalue(), c.tell(), c.foo, c.read())
s = io.StringIO("a\nb", newline=None); s.read(1); s.bar = [1]
print(s.__getstate__(), io.StringIO().__getstate__())
for proto in range(2, 6):
    t = pickle.loads(pickle.dumps(s, proto)); print(repr(t.getvalue()), t.tell(), t.bar, t.read(), t.newlines)
print(copy.deepcopy(s).getvalue())
s2 = io.StringIO(); s2.__setstate__(("x\r\ny", "\r\n", 1, None)); print(repr(s2.getvalue()), s2.read())
s.close()
try: s.__setstate__(("closed", "", 0, None))
except ValueError as e: print(e)
b.close()
try: b.__setstate__((b"closed", 0, None))
except ValueError as e: print(e)
