# del of names, of items, of slices, and of several targets at once.
x = 1
y = [1, 2, 3, 4, 5, 6]
z = {"a": 1, "b": 2, "c": 3}
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
del y[0]
print(y)
del y[1:3]
print(y)
del y[::2]
print(y)
del z["b"]
print(z)
a = b = 3
del a, b
try:
    a
except NameError as e:
    print(e)
grid = [[1, 2], [3, 4]]
del grid[0][1], grid[1]
print(grid)
