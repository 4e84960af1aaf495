import sys
x: list[int] = [1, 2, 3]
print(f"Initial references: {sys.getrefcount(x)}")
y = x
print(f"After y = x: {sys.getrefcount(x)}")
del y
print(f"After del y: {sys.getrefcount(x)}")
