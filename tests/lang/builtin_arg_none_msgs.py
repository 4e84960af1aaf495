# Argument type errors name None as "None" where CPython's argument parsers do
# ("removeprefix() argument must be str, not None"), and by its type elsewhere.
import sys, time
exprs = ["'aaaa'.removeprefix(None)", "'aaaa'.removesuffix(None)", "'a'.count(None)", "'a'.encode(None)", "'a'.encode('utf-8', None)",
 "time.strftime(None)", "sys.intern(None)", "format(1, None)", "open('x', None)", "super(None, 1)",
 "type('a', None, {})", "type('a', (), None)", "type(None, (), {})", "'x'.replace(None, 'a')", "'x'.replace('a', None)",
 "str.maketrans('a', None)", "bytes.fromhex(None)", "int.from_bytes(b'a', None)", "(1).to_bytes(1, None)",
 "'a'.__format__(None)", "(1).__format__(None)", "(1.0).__format__(None)", "object().__format__(None)", "b'a'.decode(None)", "b'a'.decode('utf-8', None)", "bytes('x', None)",
 "bytes('x', 'utf-8', None)", "str(b'x', None)", "str(b'x', 'utf-8', None)", "'a'.join([None])", "'a'.split(1)", "'%f' % None",
 "b'a'.center(3, None)", "'a'.center(3, None)", "'a'.startswith(None)", "b'a'.startswith(None)", "'a'.find(None)", "b'a'.find(None)",
 "'a'.strip(1)", "sys.stdout.write(None)", "'a'.translate(None)", "'a'.expandtabs(None)", "'a'.zfill(None)", "'a'.ljust(None)",
 "'a' in None", "None in 'a'", "chr(None)", "ord(None)", "'a'.split(None, None)", "'a'.splitlines(None)", "(1).__round__(None)",
 "round(1.5, None)", "divmod(None, 1)", "pow(None, 2)", "int(None)", "float(None)", "int('1', None)", "bytearray('x', None)",
 "[].index(None)", "[1].pop(None)", "(1,).index(1, None)", "range(3)[None]",
 "list(None)", "tuple(None)", "set(None)", "dict(None)", "iter(None)", "next(None)", "len(None)", "hash([])", "abs(None)",
 "isinstance(1, None)", "issubclass(None, int)", "issubclass(int, None)", "getattr(1, None)", "setattr(1, None, 1)", "delattr(1, None)",
 "sorted(None)", "min(None)", "sum(None)", "sum([1], None)", "enumerate(None)", "zip(None)", "map(None, None)", "filter(None, None)", "reversed(None)",
 "bin(None)", "hex(None)", "oct(None)", "'{}'.format(None, **None)", "'x'.ljust(2, None)", "'x'.partition(None)", "'x'.rsplit(None, None)", "b'x'.split(None, None)", "bytes(None)", "bytearray(None)", "slice(None).indices(None)", "range(None)", "'x' * None", "None * 'x'", "[1] * None", "(1,) * None"]
for e in exprs:
    try:
        eval(e)
        print(e, 'ok')
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
