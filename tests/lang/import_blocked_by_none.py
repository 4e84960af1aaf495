# None in sys.modules blocks an import (what test.support's
# import_fresh_module(blocked=...) relies on): ModuleNotFoundError, with
# importlib's message and name, for `import`, `from ... import` and
# __import__, and the module imports again once the entry is gone.
import sys

sys.modules['json'] = None
for stmt in ("import json", "from json import dumps", "__import__('json')", "import json.decoder"):
    try:
        exec(stmt)
        print(stmt, "imported")
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e, e.name)
del sys.modules['json']
import json
print(json.dumps([1]))

# The usual pattern: fall back when the accelerator is blocked.
sys.modules['_bisect'] = None
try:
    import _bisect
except ImportError:
    _bisect = None
print(_bisect)
