# Index conversion of huge __index__ results (range: out of range; the others:
# cannot fit), `in` without __contains__ ("argument of type 'X' is not iterable"
# for any TypeError getting the iterator), and read-only property messages
# naming the class by its qualified name.
import collections
class D:
    def __index__(self): return 2**65
class DN:
    def __index__(self): return -2**65
class DS:
    def __index__(self): return 1
for seq in (range(10), range(0, 100, 7), [1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab'), collections.deque([1])):
    for k in (D(), DN(), DS(), 2**65, -2**65, 2**63, -2**63 - 1, True):
        try:
            print(type(seq).__name__, type(k).__name__, seq[k])
        except (IndexError, OverflowError, TypeError) as e:
            print(type(seq).__name__, type(k).__name__, type(e).__name__, e)
class I:
    __iter__ = None
class J:
    def __iter__(self): return 5
class K:
    def __iter__(self): raise TypeError('mine')
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
class C:
    __contains__ = None
class N: pass
for obj in (I(), J(), K(), G(), C(), N(), 5, None, len):
    try:
        print(1 in obj, 1 not in obj)
    except TypeError as e:
        print(type(obj).__name__, e, e.__context__)
def mk():
    class A:
        class B:
            @property
            def p(self): return 1
        q = property()
        r = property(lambda s: 1)
    return A
A = mk()
for obj, stmts in ((A.B(), ('obj.p = 1', 'del obj.p', 'obj.p')), (A(), ('obj.q', 'obj.q = 1', 'del obj.q', 'obj.r = 2'))):
    for st in stmts:
        try:
            exec(st)
            print(st, 'ok')
        except AttributeError as e:
            print(st, e)
class P:
    x = property(lambda s: 1)
class Q(P): pass
for st in ('Q().x = 5', 'del Q().x', 'property().__get__(1)', 'property(None, None).__set__(1, 2)'):
    try:
        exec(st)
        print(st, 'ok')
    except AttributeError as e:
        print(st, e)

# range.count/index: ints by arithmetic, anything else by equality with each item.
class E:
    def __eq__(self, o): return o == 3
r = range(10)
print(r.count(E()), r.index(E()), r.count(3.0), r.index(3.0), r.count('x'))
for a in ('x', None, 11, 3.5):
    try: print(r.index(a))
    except ValueError as e: print(e)
