# The Python part of the `_imp` module (see imp.c): the finder that lets
# importlib (import_module, util.find_spec, reload) find modules, put on
# sys.meta_path when _imp is first imported (importlib imports it first).

import sys


class TallyImporter:
    """Finds modules for importlib with importlib's own finders: built-in
    modules with BuiltinImporter, .py files on sys.path (or a package's
    __path__) with PathFinder, whose path hook (FileFinder, with the
    source and bytecode loaders) it installs on first use.  importlib's
    __init__ only runs its bootstrap's _setup, not _install, so without
    this sys.meta_path would hold no finder."""

    _hooked = False

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        from importlib._bootstrap import BuiltinImporter
        from importlib import _bootstrap_external as external
        if not cls._hooked:
            sys.path_hooks.append(external.FileFinder.path_hook(*_file_loaders(external)))
            cls._hooked = True
        return (BuiltinImporter.find_spec(fullname, path, target)
                or external.PathFinder.find_spec(fullname, path, target))


def _file_loaders(external):
    """importlib's (loader, suffixes) pairs with the source loader's
    get_code going through tally's compiled-code cache (_imp._source_code):
    the .pyc files of importlib's own SourceLoader hold marshal data that
    no header ties to one tally build, whereas the cache checks its
    format, and imports through importlib then cost what tally's own cost."""
    class SourceFileLoader(external.SourceFileLoader):
        def get_code(self, fullname):
            return _source_code(self.get_filename(fullname))

    return [(SourceFileLoader if loader is external.SourceFileLoader else loader, suffixes)
            for loader, suffixes in external._get_supported_file_loaders()]


for _name, _empty in (('meta_path', list), ('path_hooks', list), ('path_importer_cache', dict)):
    if not hasattr(sys, _name):
        setattr(sys, _name, _empty())
if TallyImporter not in sys.meta_path:
    sys.meta_path.append(TallyImporter)
del _name, _empty
