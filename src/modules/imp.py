# The Python part of the `_imp` module (see imp.c): the finder that makes
# importlib (import_module, util.find_spec, reload) see the modules tally's
# own import system (src/import.c) imports, put on sys.meta_path when
# _imp is first imported (importlib imports it first).

import sys


class TallyImporter:
    """Finds and loads, through tally's import statement, the built-in
    modules and the .py modules on sys.path.  Finding a module imports
    it: import.c has no step that finds without loading."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        try:
            __import__(fullname)
        except ModuleNotFoundError as e:
            if e.name == fullname:
                return None
            raise
        module = sys.modules[fullname]
        spec = module.__dict__.get('__spec__')
        if spec is not None:
            return spec
        from importlib._bootstrap import ModuleSpec
        file = module.__dict__.get('__file__')
        spec = ModuleSpec(fullname, cls, origin=file or 'built-in',
                          is_package=hasattr(module, '__path__'))
        spec.has_location = file is not None
        if spec.submodule_search_locations is not None:
            spec.submodule_search_locations = list(module.__path__)
        return spec

    @staticmethod
    def create_module(spec):
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass


for _name, _empty in (('meta_path', list), ('path_hooks', list), ('path_importer_cache', dict)):
    if not hasattr(sys, _name):
        setattr(sys, _name, _empty())
if TallyImporter not in sys.meta_path:
    sys.meta_path.append(TallyImporter)
del _name, _empty
