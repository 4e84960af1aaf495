# The _warnings module is C, as CPython's: warnings.py takes its filters,
# registries, warn and warn_explicit; the registries, actions, stacklevel,
# errors and messages are CPython's.
import _warnings, sys, warnings, gc, io, traceback
print(type(warnings.warn).__name__, warnings.warn is _warnings.warn, warnings.filters is _warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry is warnings.onceregistry)
print(sorted(k for k in dir(_warnings) if not k.startswith('__')))
print(warnings.filters[:5])

def shown(fn):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn()
    finally:
        sys.stderr = old
    return buf.getvalue().replace(__file__, 'FILE')

def emit(msg, cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level)

for action in ['default', 'once', 'module', 'always', 'ignore']:
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        out = shown(lambda: [emit('a'), emit('a'), emit('b'), emit('a', level=2)])
        print(action, out.count('UserWarning'), repr(out.splitlines()[:1]))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        emit('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])

for args, kw in [(('x', int), {}), (('x', 'notaclass'), {}), (('x',), {'stacklevel': 'a'}),
                 ((UserWarning('w'), DeprecationWarning), {})]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            warnings.warn(*args, **kw)
            print('ok', [(str(x.message), x.category.__name__) for x in w])
        except Exception as e:
            print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    reg = {}
    warnings.warn_explicit('m', UserWarning, 'f.py', 3, registry=reg)
    warnings.warn_explicit('m', UserWarning, 'f.py', 3, module='mod', registry=reg)
    print(len(w), w[0].filename, w[0].lineno, sorted(map(repr, reg)))
    for bad in [dict(registry=1), dict(module_globals=1), dict(filename=3)]:
        args = dict(message='m', category=UserWarning, filename='f.py', lineno=1)
        args.update(bad)
        try:
            warnings.warn_explicit(**args)
        except TypeError as e:
            print('TypeError', e)

class Loader:
    def get_source(self, name):
        return 'line one\n  line two  \nline three\n'
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = warnings._showwarning_orig
    print(repr(shown(lambda: warnings.warn_explicit('src', UserWarning, 'nowhere.py', 2,
                                                   module_globals={'__loader__': Loader(), '__name__': 'm'}))))

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.filterwarnings('once', 'o.*')
    out = shown(lambda: [warnings.warn_explicit('once1', UserWarning, 'a.py', 1),
                         warnings.warn_explicit('once1', UserWarning, 'b.py', 2)])
    print(out.count('once1'))
    warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
    warnings._filters_mutated()
    try:
        warnings.warn('x')
    except RuntimeError as e:
        print('RuntimeError', str(e).splitlines()[0])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    def leak():
        f = open(__file__)
    leak()
    gc.collect()
    print([(x.category.__name__, str(x.message).split(' name=')[0], type(x.source).__name__) for x in w])
    del w[:]
