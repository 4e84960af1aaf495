# pow with modulus, negative modulus, hash consistency, abs, comparisons.
n = 3 ** 200
print(pow(n, 3, 10 ** 20 + 39), pow(-n, 5, 97), pow(2, -1, 7), pow(n, 2, -1000))
print(hash(n) == hash(n + 0), hash(2 ** 61 - 1) == 0, abs(-n) == n)
print(divmod(-n, 10 ** 30)[1], n.__class__.__name__, int(str(n)) == n)
