# throw() into a generator delegating with yield from: the delegating frame
# is the delegate's caller meanwhile (f_back, extract_stack, traceback).
import sys, traceback
def f():
    try:
        yield 1
    except RuntimeError:
        print([fs.name for fs in traceback.extract_stack(sys._getframe())][-3:])
        print(sys._getframe().f_back.f_code.co_name, sys._getframe(1).f_back.f_code.co_name)
        raise KeyError(3)
def g():
    yield from f()
gen = g()
next(gen)
try:
    gen.throw(RuntimeError)
except KeyError:
    print(traceback.format_exc().replace(__file__, 'FILE'), end='')
