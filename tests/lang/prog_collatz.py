# Collatz sequence lengths; the longest below 1000.
def steps(n):
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count
print([steps(n) for n in range(1, 16)])
best = 1
for n in range(1, 1000):
    if steps(n) > steps(best):
        best = n
print(best, steps(best))
