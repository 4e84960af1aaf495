# Comprehensions have their own scope: loop variables do not leak.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
y = 10
print([y + i for i in range(3)])
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
try:
    print(i)
except NameError as e:
    print("NameError:", e)
k = 5
print({k: k + 1 for k in range(2)}, k)
