# Results just past the 64-bit boundary, from every operator.
m = 2 ** 63 - 1
n = -(2 ** 63)
print(m + 1, n - 1, -n, abs(n), n * -1, n // -1, m * m)
print(m * 2 // 2 == m, (m + 1) - 1 == m, n % -1, n % 7)
x = 1
for i in range(70):
    x *= 2
print(x, x // 2 ** 69)
total = 0
for i in range(5):
    total += 2 ** 62
print(total)
print(sum([2 ** 63, 2 ** 63, -(2 ** 64)]))
