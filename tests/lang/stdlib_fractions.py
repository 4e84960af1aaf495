# fractions (which imports decimal) with CPython's results.
from fractions import Fraction as F
from decimal import Decimal

print(F(1, 3) + F(1, 6), F('3.1415'), F(0.5), F(Decimal('1.25')), F(7, -21), F(1, 3) ** 2, F(2, 3) < 1)
print(F(3, 4).limit_denominator(1), F(355, 113).as_integer_ratio(), F('-2/6'), F(' 1.5e2 '), F(2) ** F(1, 2))
print(float(F(1, 3)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), F(10, 4).numerator, F(10, 4).denominator)
print(F.from_float(0.1), F.from_float(0.1).limit_denominator(100), F.from_decimal(Decimal('0.75')))
print(F(5, 2) // 1, F(5, 2) % 1, divmod(F(7, 2), F(1, 3)), -F(1, 2), abs(F(-3, 4)), F(1, 2) * 4, 4 / F(2, 3))
print(hash(F(1, 2)) == hash(0.5), F(1, 2) == 0.5, F(1, 3) == Decimal(1) / 3, sorted([F(1, 2), F(1, 3), 0.4]), repr(F(3, 9)))
print(F(3, 4).is_integer() if hasattr(F, 'is_integer') else '-', int(F(-7, 2)), F(1, 3) + 1.0, F(3) == 3)
for bad in [(1, 0), ('1/0',), ('abc',), (1.5, 2)]:
    try:
        F(*bad)
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
