# Wrong calls raise TypeError with CPython's messages.
def f(a, b, c=3):
    return a
tries = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(x=1),
]
for t in tries:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
