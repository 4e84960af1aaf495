# Primality by trial division and a big product of primes.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
primes = [n for n in range(2, 120) if is_prime(n)]
product = 1
for p in primes:
    product *= p
print(len(primes), primes[-3:])
print(product)
print(product % 1000003, len(str(product)))
