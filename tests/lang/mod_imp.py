# _imp (what importlib's bootstrap asks of the interpreter), _warnings and
# marshal's round trip of the values a code object holds.
import _imp, sys, marshal, _warnings

print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('_thread'),
      _imp.is_builtin('no_such_module'))


class Spec:
    name = 'no_such_module'


print(_imp.create_builtin(Spec))
Spec.name = 'sys'
print(_imp.create_builtin(Spec) is sys)
Spec.name = 'math'
print(_imp.create_builtin(Spec).sqrt(16.0))
print(_imp.exec_builtin(sys), _imp.check_hash_based_pycs)
print(_imp.source_hash(3495, b'abc'), _imp.source_hash(0, b''))
print(_imp.source_hash(168627623, b'x = 1\n'))
print(_imp.is_frozen('json'), _imp.find_frozen('json'), _imp.init_frozen('json'))
for f in (_imp.get_frozen_object, _imp.is_frozen_package):
    try:
        f('json')
    except ImportError as e:
        print(type(e).__name__, e, e.name)
print(_imp.lock_held())
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    _imp.is_builtin(3)
except TypeError as e:
    print('TypeError')

code = compile('def f(x):\n    return x * 2\n', 'old.py', 'exec')
_imp._fix_co_filename(code, 'new.py')
print(code.co_filename, code.co_consts[0].co_filename)
print(callable(_warnings.warn), callable(_warnings.warn_explicit))

values = (0, -1, 2**100, -2**70, 2.5, -0.0, float('inf'), 1 - 3j, 'héllo', '', b'\x00by',
          None, True, False, ..., frozenset({1, 2}), ((1,), ('nested',)))
back = marshal.loads(marshal.dumps(values))
print(back == values, repr(back[5]), type(back[15]).__name__)
print(marshal.loads(marshal.dumps(('x', 2))))
g = {}
exec(marshal.loads(marshal.dumps(compile('y = [i * i for i in range(4)]', 'm', 'exec'))), g)
print(g['y'])
try:
    marshal.loads(b'')
except (EOFError, ValueError) as e:
    print('bad data rejected')
print(marshal.version)
