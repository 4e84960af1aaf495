# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished normally")
m = 0
while True:
    m += 3
    if m > 10:
        break
print("m", m)
k = 10
while k > 0:
    k -= 4
    if k == 2:
        break
else:
    print("not printed")
print("k", k)
i = 3
while i:
    i -= 1
else:
    print("else after falsy condition", i)
