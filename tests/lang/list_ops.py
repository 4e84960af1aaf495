# +, *, +=, comparisons and membership on lists.
a = [1, 2]
b = [3]
print(a + b, a * 3, [0] * 5, 2 * b, [] * 10, a * -1)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
safe = [[0] * 3 for _ in range(2)]
safe[0][0] = 1
print(safe)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
