# match at run time: the order in which patterns look at the subject
# (__eq__, isinstance, __match_args__, attribute and .get() lookups, len,
# subscripts), which names a failed match leaves bound, guards, the
# built-in classes that match themselves, sequences and mappings of every
# kind, and CPython's TypeErrors for bad class patterns.
import sys
from collections import deque, OrderedDict, defaultdict

log = []
class Eq:
    def __init__(self, name): self.name = name
    def __eq__(self, other):
        log.append(('eq', self.name, other))
        return self.name == other
class Seq(list):
    def __len__(self):
        log.append('len')
        return super().__len__()
    def __getitem__(self, i):
        log.append(('getitem', i))
        return super().__getitem__(i)
class Map(dict):
    def get(self, key, default=None):
        log.append(('get', key))
        return super().get(key, default)
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __getattribute__(self, name):
        log.append(('attr', name))
        return object.__getattribute__(self, name)

def run(subject, f):
    log.clear()
    try:
        r = f(subject)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(r), log)

def values(s):
    match s:
        case 'a' | 'b':
            return 'ab'
        case Eq('never'):
            return 'class'
    return 'none'
run(Eq('b'), values)
run(Eq('z'), values)

def seqs(s):
    match s:
        case [1, *_, 3]:
            return 'star-wild'
        case [a, *rest, b]:
            return ('star', a, rest, b)
        case [_, _]:
            return 'two'
    return 'none'
run(Seq([1, 2, 3]), seqs)
run(Seq([5, 6, 7, 8]), seqs)
run(Seq([1, 9]), seqs)
for s in ([1, 3], (1, 2, 3), range(1, 4), deque([1, 0, 3]), 'abc', b'ab', bytearray(b'xy'), {1, 2}, iter([1, 3])):
    run(s, seqs)

def maps(s):
    match s:
        case {'a': 1, 'b': x, **rest}:
            return ('ab', x, rest)
        case {'a': _}:
            return 'a'
    return 'none'
run(Map(a=1, b=2, c=3), maps)
run(Map(a=2), maps)
for s in ({'a': 1, 'b': 2}, OrderedDict(a=1, b=5), defaultdict(int, a=3), {'b': 1}, [('a', 1)]):
    run(s, maps)

def classes(s):
    match s:
        case Pt(0, y):
            return ('y-axis', y)
        case Pt(x=0):
            return 'x=0'
        case Pt(x, y=1) if x > 5:
            return ('big', x)
        case int(v) | float(v):
            return ('number', v)
        case str(t) if t:
            return ('str', t)
        case bool():
            return 'bool?'
        case list([a, b]) | tuple((a, b)):
            return ('pair', a, b)
        case dict({'k': v}):
            return ('dict', v)
    return 'none'
for s in (Pt(0, 7), Pt(3, 0), Pt(9, 1), Pt(1, 1), 5, True, 2.5, 'hi', '', [1, 2], (3, 4), {'k': 9}, None):
    run(s, classes)

class NoArgs:
    pass
class BadArgs:
    __match_args__ = ['x']
class NonStr:
    __match_args__ = (1,)
    x = 1
def errors(case):
    match case:
        case 0:
            match 5:
                case NoArgs(a):
                    return a
        case 1:
            match NoArgs():
                case NoArgs(a):
                    return a
        case 2:
            match BadArgs():
                case BadArgs(a):
                    return a
        case 3:
            match NonStr():
                case NonStr(a):
                    return a
        case 4:
            match 5:
                case int(a, b):
                    return a
        case 5:
            t = 'not a type'
            match 5:
                case t.__class__.__name__.upper():
                    return 'x'
        case 6:
            match Pt(1, 2):
                case Pt(1, x=v):
                    return v
        case 7:
            match {'a': 1}:
                case {Pt.__name__: v, 'a': w}:
                    return v
        case 8:
            k = type('K', (), {'a': 'dup'})
            match {'dup': 1}:
                case {k.a: v, 'dup': w}:
                    return v
for i in range(9):
    run(i, errors)

def bindings(s):
    x = y = z = 'unbound'
    match s:
        case [x, 1] | [1, x]:
            pass
        case (y, z) if z == 'no':
            pass
        case _:
            pass
    return x, y, z
for s in ([5, 1], [1, 6], [7, 7], ('y', 'no'), ('y', 'z')):
    run(s, bindings)

# The subject's reference count while a case body runs, and in a guard.
def refs():
    subject = [1, 2.5]
    match subject:
        case [1, 3]:
            pass
        case [1, 2.5] if print('guard', sys.getrefcount(subject)) is None:
            print('body', sys.getrefcount(subject))
    match subject:
        case [a, b]:
            print('last', sys.getrefcount(subject), sys.getrefcount(b))
    return subject
print(sys.getrefcount(refs()))

match 1, 2:
    case (1, x):
        print('tuple subject', x)
match x := 3:
    case 3:
        print('walrus', x)
def soft(match, case):
    match match:
        case case:
            return (match, case)
print(soft(1, 2))
_ = 'underscore'
match 'q':
    case _:
        print(_)
