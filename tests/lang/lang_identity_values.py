# Identity of fresh containers versus equal values.
a = []
b = []
print(a == b, a is b)
a.append(1)
print(a == b)
c = a
c.append(2)
print(a, c is a)
t1 = (1, [2])
t1[1].append(3)
print(t1)
