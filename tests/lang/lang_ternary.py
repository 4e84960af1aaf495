# Conditional expressions, nested and inside other expressions.
for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
x = 4
print([("even" if i % 2 == 0 else "odd") for i in range(x)])
print(10 + (1 if x > 3 else 2))
print((lambda v: v * 2 if v else -1)(0), (lambda v: v * 2 if v else -1)(5))
