# Argument errors of the built-in functions and types, in CPython's order: the
# total count, the positional count, a missing argument, one given twice, an
# unknown keyword; min/max check the positional count before the keywords,
# sorted() builds the list before list.sort() reads the keywords, enumerate and
# type() have their own rules.
import builtins
names = sorted(n for n in dir(builtins) if not n.startswith('_') and callable(getattr(builtins, n))
               and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
               and n not in ('input', 'exit', 'quit', 'open', 'help', 'breakpoint', 'copyright', 'credits',
                             'license', 'print', 'memoryview', 'aiter', 'anext', 'complex', 'exec', 'eval',
                             'compile', '__import__', 'globals', 'locals', 'vars', 'dir', 'super'))
patterns = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}), ((1,) * 7, {}),
            ((), {'zz': 1}), ((1,), {'zz': 1}), ((1, 2), {'zz': 1}), (('ab',), {'key': len}),
            ((), {'start': 1}), (([1],), {'start': 2}), ((1,), {'base': 2}), (('1',), {'base': 2, 'x': 1}),
            (('1', 2), {'base': 2}), ((), {'object': 1}), ((), {'iterable': [1]}), ((1, 2, 3), {'zz': 1})]
for n in names:
    f = getattr(builtins, n)
    for args, kw in patterns:
        try:
            f(*args, **kw)
            out = 'ok'
        except Exception as e:
            out = type(e).__name__ + ': ' + str(e)
        print(n, args, kw, '->', out)
for e in ("max(reverse=True)", "str(1, 2, 3, base=4)", "type('ab', key=len)", "enumerate('', 1, start=5)",
          "max([1], start=2)", "max(1, 2, key=None, default=1)", "max([1], key=None, default=1, zz=2)",
          "enumerate(start=1, iterable=[5])", "enumerate(iterable=[5], start=1)", "enumerate(start=1, x=2)",
          "sorted([3, 1], reverse=1, key=None)", "sorted(1, zz=2)", "zip([1], strict=True, zz=1)",
          "getattr(1, 2.5)", "hasattr(1, None)", "setattr(1, 2, 3)", "delattr(1, 2)", "classmethod()",
          "staticmethod(1, 2)"):
    try:
        r = eval(e)
        print(e, '->', r if not isinstance(r, enumerate) else list(r))
    except TypeError as ex:
        print(e, '->', ex)
