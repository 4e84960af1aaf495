# bytearray and memoryview paths work with CPython 3.11's DeprecationWarning;
# an OSError names the object given.
import os, warnings, tempfile
with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "f.txt"), "w").close()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        for cls in bytearray, memoryview:
            p = cls(os.fsencode(d))
            with os.scandir(p) as it:
                print([(e.name, type(e.path).__name__) for e in it])
            print(os.listdir(p), os.stat(p).st_mode == os.stat(d).st_mode)
            try:
                os.chdir(cls(b"/nonexistent-zz"))
            except FileNotFoundError as e:
                print(type(e.filename).__name__, bytes(e.filename))
    print([str(x.message) for x in w], {x.category.__name__ for x in w})
    try:
        os.fspath(bytearray(b"x"))
    except TypeError as e:
        print(e)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            os.stat(bytearray(b"."))
        except DeprecationWarning as e:
            print("error:", e)
