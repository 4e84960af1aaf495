# Implicit line joining inside brackets and explicit backslash continuation.
total = (1 +
         2 +
         3)
items = [
    1,
    2,
    3,   # trailing comma and comment
]
d = {
    "a": 1,
    "b": 2,
}
x = 1 + \
    2
print(total, items, d, x)
def f(a,
      b=2):
    return a + b
print(f(1,
        b=5))
