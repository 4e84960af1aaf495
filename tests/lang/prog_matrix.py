# Matrix multiplication, transpose and identity with nested lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def transpose(a):
    return [[row[j] for row in a] for j in range(len(a[0]))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(transpose(A))
print(matmul(A, identity(3)) == A)
M = [[2, 0], [0, 2]]
P = identity(2)
for _ in range(10):
    P = matmul(P, M)
print(P)
