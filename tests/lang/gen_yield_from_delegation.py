# yield from passing send, throw and close to a sub-generator and to plain
# iterators (with and without throw/close methods), the value of yield from,
# and the handled-exception state a generator keeps across yields.
import sys
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, 'raised', type(e).__name__, e.args, 'ctx', repr(e.__context__))

def sub():
    try:
        x = yield 'sub1'
        print('sub got', x)
        y = yield 'sub2'
        print('sub got', y)
    except ValueError as e:
        print('sub caught', repr(e))
        yield 'sub after catch'
    finally:
        print('sub finally')
    return 'subret'

def outer():
    r = yield from sub()
    print('outer got', r)
    yield 'outer end'

it = outer()
print(next(it), type(it.gi_yieldfrom).__name__, it.gi_yieldfrom.__name__)
print(it.send('A'))
print(it.throw(ValueError('T')))
show('next', lambda: next(it))
show('next', lambda: next(it))

it = outer(); next(it)
show('close through', it.close)

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration('itdone')
        return self.n
    def throw(self, *a):
        print('It.throw', a)
        if len(a) == 1 and a[0] is KeyError:
            raise StopIteration('via throw')
        return 'thrown-yield'
    def close(self):
        print('It.close')

def outer2():
    r = yield from It()
    print('outer2 got', r)
    return r

it = outer2()
print(list(it))
it = outer2(); next(it)
show('throw class', lambda: it.throw(ValueError))
show('throw inst', lambda: it.throw(ValueError('x')))
show('throw 3', lambda: it.throw(ValueError, 'v', None))
show('throw stop', lambda: it.throw(KeyError))
it = outer2(); next(it)
show('close', it.close)

class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def outer3():
    try:
        yield from NoThrow()
    except ValueError as e:
        print('outer3 caught', repr(e))
        yield 'o3'
it = outer3(); next(it)
show('throw nothrow', lambda: it.throw(ValueError('q')))
show('close nothrow', it.close)

class CloseRaises:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise KeyError('close failed')
def outer4():
    try:
        yield from CloseRaises()
    finally:
        print('outer4 finally', sys.exc_info()[0])
it = outer4(); next(it)
show('close raising delegate', it.close)

# send to plain iterator with non-None
def outer5():
    yield from iter([1, 2])
it = outer5(); next(it)
show('send to list iter', lambda: it.send(5))

# nested generators three deep
def d3():
    try:
        yield 3
    except GeneratorExit:
        print('d3 GE')
        raise
def d2():
    yield from d3()
def d1():
    yield from d2()
it = d1(); next(it)
show('close deep', it.close)
it = d1(); next(it)
show('throw deep', lambda: it.throw(TypeError('deep')))

# exception raised by delegate next
def bad():
    yield 1
    raise KeyError('bad')
def outer6():
    try:
        yield from bad()
    except KeyError as e:
        print('outer6 caught', repr(e))
print(list(outer6()))

# yield from value from StopIteration value
def retval():
    return (1, 2)
    yield
def outer7():
    v = yield from retval()
    print('v', v)
list(outer7())
# generator exc state across yields
def gexc():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
g = gexc()
print(next(g))
try:
    raise ValueError('caller')
except ValueError:
    print(next(g), sys.exc_info()[0])
print(next(g), sys.exc_info()[0])
def gseescaller():
    yield sys.exc_info()[0]
    try:
        raise TypeError
    except TypeError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
g = gseescaller()
try:
    raise ValueError
except ValueError:
    print(next(g))
    print(next(g))
print(next(g))
try:
    raise KeyError
except KeyError:
    e = None
    try:
        g2 = gseescaller(); next(g2)
        g2.throw(IndexError)
    except IndexError as ex:
        print('ctx', repr(ex.__context__))
