# sieve: a list of flags crossed out by slices and by loops, then summed.
LIMIT = 1000000

flags = [True] * (LIMIT + 1)
flags[0] = flags[1] = False
p = 2
while p * p <= LIMIT:
    if flags[p]:
        flags[p * p::p] = [False] * ((LIMIT - p * p) // p + 1)
    p += 1
count = 0
total = 0
for n, is_prime in enumerate(flags):
    if is_prime:
        count += 1
        total += n
twins = sum(1 for n in range(3, LIMIT - 1, 2) if flags[n] and flags[n + 2])
print("sieve checksum", count, total, twins)
