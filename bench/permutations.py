# permutations: flips of prefix-reversed permutations (the pancake
# counting of fannkuch), on lists with slicing.
N = 8


def count_flips(perm):
    flips = 0
    p = perm[:]
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def permute(n):
    perm = list(range(n))
    count = [0] * n
    yield perm[:]
    i = 0
    while i < n:
        if count[i] < i:
            if i % 2 == 0:
                perm[0], perm[i] = perm[i], perm[0]
            else:
                perm[count[i]], perm[i] = perm[i], perm[count[i]]
            yield perm[:]
            count[i] += 1
            i = 0
        else:
            count[i] = 0
            i += 1


checksum = 0
most = 0
for index, perm in enumerate(permute(N)):
    flips = count_flips(perm)
    checksum += flips if index % 2 == 0 else -flips
    most = max(most, flips)
print("permutations checksum", checksum, most)
