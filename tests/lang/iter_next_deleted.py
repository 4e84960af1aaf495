# A class whose __next__ is deleted while a for loop runs its iterator (CPython test_iter test_3720):
# the loop raises TypeError, the objects stop being iterators, and restoring __next__ works.
class BadIterator(object):
    def __iter__(self):
        return self
    def __next__(self):
        del BadIterator.__next__
        return 1

try:
    for i in BadIterator() :
        pass
except TypeError as e:
    print("TypeError", e)
b = BadIterator()
try:
    next(b)
except TypeError as e:
    print("TypeError", e)
try:
    iter(b)
except TypeError as e:
    print("TypeError", e)
class Sub(BadIterator):
    pass
try:
    list(Sub())
except TypeError as e:
    print("TypeError", e)
BadIterator.__next__ = lambda self: 7
print(next(b))
it = iter(Sub())
print(next(it))
del BadIterator.__next__
class Restart:
    def __iter__(self): return self
    def __next__(self):
        del Restart.__next__
        return 5
r = Restart()
try:
    print(list(zip(r, r)))
except TypeError as e:
    print("TypeError", e)
