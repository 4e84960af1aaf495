# cmath: every function over values that reach each of its paths (zeros of
# both signs, |z| near 1, subnormals, near-overflow, infinities, NaN), the
# errors, argument conversion and the constants.
import cmath
import math

vals = [0.0, -0.0, 0.5, -1.0, 1.00001, 2.3, -1e-310, 1e300, -710.0,
        math.inf, -math.inf, math.nan]
fns = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
       'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar',
       'isfinite', 'isinf', 'isnan']
for f in fns:
    fn = getattr(cmath, f)
    for a in vals:
        row = []
        for b in vals:
            try:
                row.append(repr(fn(complex(a, b))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(f, a, ' '.join(row))
for a in vals:
    print('rect', a, [cmath.rect(a, b) if not (math.isinf(b) and a == a and a != 0) else 'err'
                      for b in vals])
    row = []
    for b in vals:
        try:
            row.append(repr(cmath.log(complex(a, b), complex(b, a))))
        except ValueError as e:
            row.append('ValueError')
    print('log base', a, ' '.join(row))
    print('isclose', a, [cmath.isclose(complex(a, b), complex(a, b * (1 + 1e-10))) for b in vals])

class C:
    def __complex__(self):
        return 2 + 3j

class F:
    def __float__(self):
        return 4.0

class Bad:
    def __complex__(self):
        return 1

print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(-4), cmath.sqrt(True))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.log(8, 2), cmath.log(0, 2), cmath.polar(1e308 + 1e308j), cmath.phase(-1 - 0j))
print(cmath.isclose(1 + 1j, 1 + 1.0000001j, rel_tol=1e-6), cmath.isclose(1, 1.1, abs_tol=0.2))
print(sorted(n for n in dir(cmath) if not n.startswith('__')))
print(cmath.__doc__)
print(cmath.log.__doc__)
for expr in ['cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.log()', 'cmath.log(1, 2, 3)',
             'cmath.rect(1)', 'cmath.phase()', 'cmath.isclose(1)', 'cmath.isclose(1, 2, 3)',
             'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.isclose(1, 2, foo=1)',
             'cmath.sqrt(x=1)', 'cmath.rect("a", 1)', 'cmath.sqrt("a")', 'cmath.sqrt(10**400)',
             'cmath.exp(800)', 'cmath.sqrt(Bad())', 'cmath.log(0)', 'cmath.atanh(1)',
             'cmath.phase(2.3 + 5e-324j)', 'cmath.cosh(1e3)', 'cmath.log(2, 0)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
