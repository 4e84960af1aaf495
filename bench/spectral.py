# spectral: the spectral norm of an infinite matrix's N x N corner, by
# repeated multiplication (nested loops over float lists).
N = 170


def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v):
    return [sum(entry(i, j) * v[j] for j in range(N)) for i in range(N)]


def times_transposed(v):
    return [sum(entry(j, i) * v[j] for j in range(N)) for i in range(N)]


u = [1.0] * N
for _ in range(10):
    v = times_transposed(times(u))
    u = times_transposed(times(v))
vbv = sum(a * b for a, b in zip(u, v))
vv = sum(b * b for b in v)
print("spectral checksum", round((vbv / vv) ** 0.5, 9))
