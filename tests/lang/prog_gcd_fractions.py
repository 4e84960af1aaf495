# Adding fractions kept as (numerator, denominator) tuples in lowest terms.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def add(f, g):
    n = f[0] * g[1] + g[0] * f[1]
    d = f[1] * g[1]
    k = gcd(n, d)
    return (n // k, d // k)
total = (0, 1)
for i in range(1, 21):
    total = add(total, (1, i))
print(total, total[0] / total[1])
h = (0, 1)
for i in range(1, 60):
    h = add(h, (1, i * i))
print(h)
