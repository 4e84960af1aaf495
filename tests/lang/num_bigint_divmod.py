# Floor division and modulo with big operands of both signs.
x = 3 ** 80
y = 7 ** 20
for p in [x, -x]:
    for q in [y, -y]:
        print(p // q, p % q, divmod(p, q) == (p // q, p % q))
print(x // 3 ** 79, x % 3 ** 79, (2 ** 128) // (2 ** 64), (2 ** 128 + 5) % (2 ** 64))
print(x / y, 2 ** 100 / 2 ** 98)
print(divmod(10 ** 25, 12345))
