# + and * (and += / *=) between the built-in sequences (and their subclasses) and
# other objects: the number slots of both operands come first (so a user class's
# __radd__/__rmul__ wins over concatenation and repetition), then the left
# operand's concatenation or either operand's repetition, in CPython 3.11's order,
# with each sequence's own TypeError.
import collections

class R:
    def __radd__(self, o): return 'R.__radd__'
    def __rmul__(self, o): return 'R.__rmul__'
    def __repr__(self): return 'R()'
class RN:
    def __radd__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __repr__(self): return 'RN()'
class IDX:
    def __index__(self): return 2
    def __repr__(self): return 'IDX()'
class IDXR(IDX):
    def __rmul__(self, o): return 'IDXR.__rmul__'
    def __repr__(self): return 'IDXR()'
class A:
    def __add__(self, o): return 'A.__add__'
    def __mul__(self, o): return 'A.__mul__'
    def __iadd__(self, o): return 'A.__iadd__'
    def __imul__(self, o): return 'A.__imul__'
    def __repr__(self): return 'A()'
class ANI:
    def __add__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
    def __repr__(self): return 'ANI()'
class L(list): pass
class LR(list):
    def __radd__(self, o): return 'LR.__radd__'
    def __rmul__(self, o): return 'LR.__rmul__'
class LA(list):
    def __add__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
class LI(list):
    def __iadd__(self, o): return NotImplemented
    def __imul__(self, o): return NotImplemented
class T(tuple): pass
class S(str): pass
class SR(str):
    def __radd__(self, o): return 'SR.__radd__'
class B(bytes): pass
class BA(bytearray): pass
class D(collections.deque): pass

def seqs():
    return [[1], (1,), 'ab', b'ab', bytearray(b'ab'), collections.deque([1]), L([1]), LR([1]),
            LA([1]), LI([1]), T((1,)), S('ab'), SR('s'), B(b'ab'), BA(b'ab'), D([1])]
others = [R(), RN(), IDX(), IDXR(), A(), ANI(), 2, True, -1, 2.0, None, 2**100, [9], 'z', b'z',
          (9,), {}, range(2)]

def show(x):
    if isinstance(x, (bytearray, collections.deque, L, LR, LA, LI, T, S, B, BA, D, SR)):
        return type(x).__name__ + ':' + repr(x)
    return repr(x)

def run(label, f):
    try:
        r = show(f())
    except (TypeError, OverflowError, MemoryError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)

for i in range(len(seqs())):
    for j, o in enumerate(others):
        s = seqs()[i]
        n = type(s).__name__ + ' ' + show(o)
        def iadd1():
            x = seqs()[i]; x += o; return x
        def imul1():
            x = seqs()[i]; x *= o; return x
        def iadd2():
            x = o; x += seqs()[i]; return x
        def imul2():
            x = o; x *= seqs()[i]; return x
        run(n + ' s+o', lambda: s + o)
        run(n + ' o+s', lambda: o + s)
        run(n + ' s*o', lambda: s * o)
        run(n + ' o*s', lambda: o * s)
        run(n + ' s+=o', iadd1)
        run(n + ' s*=o', imul1)
        run(n + ' o+=s', iadd2)
        run(n + ' o*=s', imul2)
