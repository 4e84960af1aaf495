# sys.implementation.cache_tag names the compiled-code cache, so that
# importlib's path functions (cache_from_source, source_from_cache) work
# and modules imported through importlib load as the import statement's do.
import importlib
import importlib.util
import os
import sys
import tempfile

tag = sys.implementation.cache_tag
print(type(tag).__name__, bool(tag))

path = os.path.join("/tmp", "pkg", "mod.py")
cached = importlib.util.cache_from_source(path)
print(cached == os.path.join("/tmp", "pkg", "__pycache__", "mod." + tag + ".pyc"))
print(importlib.util.source_from_cache(cached))
opt = importlib.util.cache_from_source(path, optimization=2)
print(opt == os.path.join("/tmp", "pkg", "__pycache__", "mod." + tag + ".opt-2.pyc"))
print(importlib.util.source_from_cache(opt))
try:
    importlib.util.source_from_cache("/tmp/pkg/__pycache__/mod.pyc")
except ValueError as e:
    print("ValueError", e)

# A module imported by importlib.import_module, twice (the second time
# after its source changed), then reloaded.
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "cache_tag_helper.py")
    with open(src, "w") as f:
        f.write("VALUE = 1\ndef f():\n    return VALUE * 2\n")
    sys.path.insert(0, d)
    try:
        m = importlib.import_module("cache_tag_helper")
        print(m.VALUE, m.f(), m.__file__ == src, type(m.__loader__).__name__)
        with open(src, "w") as f:
            f.write("VALUE = 21\ndef f():\n    return VALUE * 2\n")
        os.utime(src, (1, 1))
        m = importlib.reload(m)
        print(m.VALUE, m.f())
        del sys.modules["cache_tag_helper"]
        m = importlib.import_module("cache_tag_helper")
        print(m.VALUE, m.f())
    finally:
        sys.path.remove(d)
        sys.modules.pop("cache_tag_helper", None)
