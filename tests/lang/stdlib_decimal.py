# decimal through CPython's _pydecimal (tally has no _decimal): arithmetic,
# contexts, quantize and rounding, conversions.  The Context repr's flag
# order and InvalidOperation's message differ from _decimal's and are not
# printed (docs/language.md).
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING
from decimal import InvalidOperation, DivisionByZero, Inexact, Rounded

print(D('1.1') + D('2.2'), D(1) / D(7), D('10') ** 20, D(2).sqrt(), D('-0.0'), D(0.1), D('1.30') * 2)
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP),
      D('7.5').to_integral_value(), D('-2.5').quantize(D('1'), rounding=ROUND_CEILING))
print(repr(D('1e-3')), str(D('1E+3')), D('123.456').as_tuple(), D('NaN'), D('-Infinity'), D('1.50').normalize())
getcontext().prec = 6
print(D(1) / D(3), getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 40
    print(D(2).sqrt())
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(3))
try:
    D(1) / D(0)
except DivisionByZero as e:
    print('DivisionByZero', [c.__name__ for c in type(e).__mro__[1:4]])
try:
    D('abc')
except InvalidOperation:
    print('InvalidOperation')
c = Context(prec=3, traps=[])
print(c.divide(D(1), D(0)), bool(c.flags[DivisionByZero]), c.add(D('1.234'), D('1')), bool(c.flags[Inexact]), bool(c.flags[Rounded]))
print(sorted([D('1.5'), D('-2'), D('0.25')]), max(D(1), D('1.0')), D('1.0') == 1, hash(D('1.0')) == hash(1), D('0.5') < 1)
print(round(D('2.5')), round(D('3.14159'), 2), int(D('-7.9')), float(D('0.1')), format(D('12.5'), '.3e'), format(D('1234.5678'), ',.2f'))
print(D('1.23').adjusted(), D(10).ln(), D(100).log10(), D('2').exp(), D(5).fma(2, 3), D('-3').copy_abs(), D('7') % D('3'), D('-7') // D('2'))
print(decimal.getcontext().Emax, decimal.MAX_PREC, decimal.HAVE_CONTEXTVAR, D('0.1') + D('0.2') == D('0.3'))
print(D(1).compare(D(2)), D('1.5').is_signed(), D('-0').is_zero(), D('12').max(D('13')), D('1.2345').scaleb(2), D(255).to_eng_string())
