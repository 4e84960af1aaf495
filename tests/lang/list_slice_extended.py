# Extended slices: reading, assigning and deleting with steps, and errors.
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-3:], a[:-7:-1])
b = list(range(10))
b[::2] = [10, 20, 30, 40, 50]
print(b)
b[1::2] = "abcde"
print(b)
b[::-3] = (1, 2, 3, 4)
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[::-2]
print(c)
d = list(range(6))
d[1:4] = []
print(d)
d[1:1] = [7, 8, 9]
print(d)
d[:] = d
print(d)
d[2:] = d
print(d)
e = list(range(5))
e[3:1] = ["x"]
print(e)
try:
    e[::2] = [1, 2]
except ValueError as err:
    print("ValueError", err)
try:
    e[::2] = 5
except TypeError as err:
    print("TypeError", err)
try:
    e[1:2] = 5
except TypeError as err:
    print("TypeError", err)
try:
    e[::0]
except ValueError as err:
    print("ValueError", err)
try:
    e["a":]
except TypeError as err:
    print("TypeError", err)
print(e[-100:100], e[100:], e[:-100])
t = tuple(range(8))
print(t[::3], t[::-1][:3], t[5:1:-2])
