# inspect: signatures, source, members and predicates.
import inspect


# comment above f
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

        Indented line.
    """
    return 'x'


async def co():
    pass


def gen():
    yield 1


class K:
    """A class."""
    attr = 1

    def method(self, x, /, y=None):
        return x

    @property
    def prop(self):
        return 2

    @staticmethod
    def sm():
        pass

    @classmethod
    def cm(cls):
        pass


sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
print(inspect.signature(K.method), inspect.signature(K().method), inspect.signature(K))
print(sig.bind(1, c=3).arguments)
print(inspect.getdoc(f))
print(inspect.cleandoc('  a\n    b\n  c'))
print(inspect.getsource(f))
print(inspect.isfunction(f), inspect.ismethod(K().method), inspect.isclass(K),
      inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.ismodule(inspect))
print([name for name, _ in inspect.getmembers(K) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getfullargspec(f))
print(inspect.getmodule(f).__name__, inspect.getsourcelines(K.sm)[1])
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
print(inspect.unwrap(f) is f, inspect.isbuiltin(len))
print(inspect.getsource(K).splitlines()[:3])
print(inspect.getsourcelines(K.method)[1], inspect.getcomments(f))
