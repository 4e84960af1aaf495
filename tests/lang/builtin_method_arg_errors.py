# Wrong calls of the built-in types' methods: which error comes first and how it
# names the method ("list.index() takes no keyword arguments" for methods that
# take positional arguments only, "union() ..." for set's variadic ones, clinic
# counts for list.sort, PyArg_ParseTuple counts for deque.index).
import collections
objs = ['ab', [1], {'a': 1}, {1}, frozenset({1}), (1,), b'ab', bytearray(b'ab'), 5, 2.5, collections.deque([1]), range(3), slice(1), None]
patterns = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1,) * 5, {}), ((), {'zz': 1}), ((1,), {'zz': 1}),
            (('a',), {'key': 1}), ((), {'sep': 'a'}), ((), {'maxsplit': 1}), ((), {'key': None}), ((), {'reverse': 1, 'zz': 2}),
            ((), {'default': 1}), (('a',), {'maxsplit': 1, 'sep': 'b'}), ((), {'encoding': 'x', 'errors': 'y', 'zz': 1}), (('a', 'b'), {'count': 1}),
            ((None,), {}), ((None, None), {})]
for o in objs:
    for n in sorted(dir(type(o))):
        if n.startswith('__') or n in ('maketrans', 'fromkeys', 'fromhex'):
            continue
        for args, kw in patterns:
            try:
                x = o.copy() if hasattr(o, 'copy') else o
                m = getattr(x, n)
                if not callable(m):
                    continue
                r = m(*args, **kw)
                out = 'ok'
            except Exception as e:
                out = type(e).__name__ + ': ' + str(e)
            print(type(o).__name__, n, args, kw, '->', out)
