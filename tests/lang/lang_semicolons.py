# Several simple statements on one line; a block body on the header's line.
a = 1; b = 2; c = a + b; print(a, b, c)
if c == 3: print("three")
for i in range(2): print("i =", i)
while b > 0: b -= 1
print(b)
def f(x): return x * 2
print(f(21))
