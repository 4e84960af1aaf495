# complex as a type: read-only parts, subclasses, __complex__, __float__ and
# __index__ in complex(), NaN hashes, dict keys equal to ints, constant
# folding of complex expressions into co_consts.
z=1j
for s in ['z.real = 2', 'del z.imag', 'z.foo = 1', 'z.foo']:
    try: exec(s)
    except Exception as e: print(type(e).__name__, e)
class C(complex):
    def __repr__(self): return 'C!'
c = C(1,2); print(c, +c, -c, c+1, type(+c), type(c.conjugate()), complex(c), type(complex(c)), c == 1+2j, hash(c)==hash(1+2j))
class D:
    def __complex__(self): return 3+4j
print(complex(D()), complex(D(), 1))
class E:
    def __complex__(self): return 3
try: complex(E())
except Exception as e: print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
print(complex(F()), complex(1, F()))
class G:
    def __index__(self): return 7
print(complex(G()), complex(G(), G()))
try: D() + 1j
except Exception as e: print(type(e).__name__, e)
print(C.__mro__, C(1).real, C.conjugate)
print(complex('1+2j') == complex(' 1+2j'), complex(C(5, 6)))
print(complex.__complex__)
print([n for n in dir(1j) if n not in ('__getstate__', '__reduce__', '__reduce_ex__', '__sizeof__', '__subclasshook__', '__init_subclass__', '__dir__')])
class H(complex):
    def __complex__(self): return 7j
print(complex(H(1)), complex(H(1), 1))
print(type(C('1+1j')), C('1+1j').real, type(C()), C(imag=3).imag)
x = complex(float('nan'), 1); print(hash(x) == hash(x), x == x, x != x)
print({1j: 'a', 1j: 'b', 0j: 'c', 0: 'd', False: 'e'})
print(1j in {1j}, 0 == 0j, {0j} == {0}, hash(0j) == hash(0.0))
print(sorted([3, 1, 2], key=lambda v: abs(v * 1j)))
import math
try: math.sqrt(1j)
except TypeError as e: print(e)
print(complex(True, False), True + 1j, 1j * False)
print(complex(1e308, 0) * 10, complex(-0.0, 0.0) + 0)
print(-(0j), 0j * -1, -0.0 * 1j, 1j ** 0.0, (-1) ** 0.5 == 1j)
def f(): return 1 + 2j, 3 - 4j, -0j, 0j, 2j * 2
print(f(), f.__code__.co_consts)
print(eval('1j'), eval('-1J'), eval('10_0j'), eval('1.5e3j'), eval('.5j'), eval('0j'), eval('00j'), eval('09j'), eval('1e1j'))
print(f"{1j:>10}|{2+3j:.1e}|{0j!r}")
print(str(1j), repr(-1j), ascii(3-4j))
print(isinstance(1j, (int, float)), issubclass(complex, object), complex.__module__ if hasattr(complex, '__module__') else '')
print(abs(-3j), abs(complex(float('nan'), 1)), abs(complex(1, float('inf'))))
print(1j.__add__(1), 1j.__radd__(1), 1j.__add__('x'), 1j.__pow__(2), 1j.__rtruediv__(2), 1j.__abs__())
print(round(abs(1+1j), 3), divmod(7, 2), (2+0j) == 2.0, 2.0 == (2+0j), (2+0j) != 2)
def f(): return 1 + 2 + 3, (1, -2), -(-(3)), 2 ** 3 ** 2, "a" * 3 + "b", (1, (2, 3))[1][0], not 1, -0j, 1 + 2j - 3j
print(f.__code__.co_consts)
def g(x): return x + 1 + 2, 1 + x, (x, 1 + 1), [1 + 1, 2]
print(g.__code__.co_consts)
