# A folder without __init__.py is a portion of a namespace package (PEP
# 420): its portions across sys.path make one package, and a regular
# package or module of the same name anywhere on the path wins.
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    for part, name, text in (("a", "m1", "X = 1\n"), ("b", "m2", "Y = 2\n")):
        os.makedirs(os.path.join(d, part, "nsp", "inner"))
        with open(os.path.join(d, part, "nsp", name + ".py"), "w") as f:
            f.write(text)
    with open(os.path.join(d, "b", "nsp", "inner", "deep.py"), "w") as f:
        f.write("Z = 3\n")
    os.makedirs(os.path.join(d, "a", "both"))
    os.makedirs(os.path.join(d, "b", "both"))
    with open(os.path.join(d, "b", "both", "__init__.py"), "w") as f:
        f.write("REGULAR = True\n")
    sys.path[:0] = [os.path.join(d, "a"), os.path.join(d, "b")]
    try:
        import nsp
        from nsp import m1, m2
        import nsp.inner.deep
        print(m1.X, m2.Y, nsp.inner.deep.Z)
        print(nsp.__file__, [os.path.relpath(p, d) for p in nsp.__path__])
        print([os.path.relpath(p, d) for p in nsp.inner.__path__])
        print(nsp.__name__, nsp.__package__, m1.__package__)
        import both
        print(both.REGULAR, os.path.relpath(both.__file__, d))
        try:
            import nsp.missing
        except ImportError as e:
            print(type(e).__name__, e)
        try:
            from nsp import missing2
        except ImportError as e:
            print(type(e).__name__, str(e).split(" (")[0])
    finally:
        del sys.path[:2]
