# importlib over tally's import system: import_module, util, machinery.
import importlib
import importlib.util
import importlib.machinery
import sys

m = importlib.import_module('keyword')
print(m.__name__, m.iskeyword('for'))
print(importlib.import_module('json.decoder').__name__)
print(importlib.util.find_spec('no_such_module_xyz'))
spec = importlib.util.find_spec('colorsys')
print(spec.name, spec.origin.endswith('colorsys.py'))
print(importlib.machinery.SOURCE_SUFFIXES)
print(sys.modules['keyword'] is importlib.import_module('keyword'))
try:
    importlib.import_module('no_such_module_xyz')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
print(importlib.reload(m) is m)
print(importlib.util.resolve_name('.decoder', 'json'))
