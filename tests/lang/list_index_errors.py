# Index errors, negative indices and index assignment.
a = [1, 2, 3]
print(a[-1], a[-3])
a[-1] = 30
print(a)
for i in [3, -4, 100]:
    try:
        a[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
