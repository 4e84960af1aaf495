# Unpacking at call sites: several * and ** in one call.
def show(*a, **k):
    return a, k
x = [1, 2]
y = (3,)
d1 = {"p": 1}
d2 = {"q": 2}
print(show(*x, *y, 0, *"z"), show(**d1, **d2, r=3), show(*x, **d1))
try:
    show(**d1, **{"p": 9})
except TypeError as e:
    print("TypeError:", e)
print(*[1, 2, 3], sep=", ")
print([*x, *y], (*x,), {**d1, **d2, "p": 0})
