# Factorials and Fibonacci numbers far past 64 bits.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20), fact(21), fact(30))
print(fact(100))
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
print(a)
print(str(fact(50))[:10], fact(50) % 1000000007)
