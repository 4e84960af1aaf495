# Exceptions pickle and copy: __reduce__ gives (type, args[, __dict__]), OSError
# its filenames back in args, ImportError its name and path in the state.
import pickle, copy
e = ValueError(1, 2); e.x = 5
print(e.__reduce__(), ValueError().__reduce__(), OSError(2, 'x').__reduce__(), OSError(2, 'x', 'f').__reduce__())
print(OSError(2, 'x', 'f', None, 'g').__reduce__(), ImportError('m', name='n').__reduce__(), ImportError('m').__reduce__(), KeyError('k').__reduce__())
for exc in (ValueError(1, 2), KeyError('k'), OSError(2, 'x', 'f'), ImportError('m', name='n', path='p'), StopIteration(3), SystemExit(4), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')):
    exc.note = 'kept'
    for proto in (0, 2, 5):
        e2 = pickle.loads(pickle.dumps(exc, proto))
        print(type(e2).__name__, e2.args, str(e2), e2.note)
    print(repr(copy.copy(exc)), repr(copy.deepcopy(exc)))
e = ValueError(); e.__setstate__({'a': 1}); e.__setstate__(None); print(e.a)
try: e.__setstate__(1)
except TypeError as t: print(t)
