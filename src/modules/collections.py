# The Python part of the built-in _collections module: OrderedDict, which
# src/modules/collections.c runs in the module's namespace on first import
# (the build makes this file a C string literal,
# build/*/modules/collections_py.h; see the Makefile).  CPython's
# collections package takes it from _collections as it takes CPython's C
# OrderedDict: its own pure-Python fallback is not CPython's C class either
# (its links are objects of their own, so gc.collect() counts differ).
# tally's OrderedDict is a dict, which keeps insertion order already, with
# no linked list of its own (docs/language.md lists what that changes).

def _guarded_repr():
    # The ids of the OrderedDicts whose repr is being computed: one that
    # holds itself prints "..." the second time round.  A closure, so the
    # module shows no name CPython's _collections lacks.
    running = set()

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return f'{name}({list(self.items())!r})'
        finally:
            running.discard(key)

    __repr__.__qualname__ = 'OrderedDict.__repr__'
    return __repr__


class OrderedDict(dict):
    '''Dictionary that remembers insertion order, can move keys to either
    end and compares order-sensitively with another OrderedDict.'''

    __module__ = 'collections'

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).
        Raise KeyError if the element does not exist.'''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.
        Pairs are returned in LIFO order if last is true or FIFO order if false.'''
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    __repr__ = _guarded_repr()

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result


del _guarded_repr
