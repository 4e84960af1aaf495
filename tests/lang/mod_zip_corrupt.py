# Damaged zip archives on sys.path (made by scripts/make-zip-fixtures):
# one whose directory cannot be read is no archive (the module is not
# found); one whose member cannot be read raises what CPython's
# zipimport raises: ZipImportError, zlib.error, EOFError or OSError.
import sys
for name in ('bad_local', 'bad_deflate', 'bad_short_stream', 'bad_long_data',
             'bad_offset', 'bad_truncated', 'bad_directory'):
    sys.path.insert(0, 'mod_zip/%s.zip' % name)
    try:
        import victim
    except Exception as e:
        t = type(e)
        print(name, t.__module__, t.__name__, isinstance(e, ImportError), e)
    else:
        print(name, 'imported')
    del sys.path[0]
    sys.modules.pop('victim', None)
