# Augmented assignment on names, items and slices of every operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 3; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"n": 1}
d["n"] += 10
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] -= 7
print(grid)
