# A tuple holding a list: the list can change, the tuple cannot.
t = ([1], [2])
t[0].append(10)
print(t)
try:
    t[0] += [20]
except TypeError as e:
    print("TypeError:", e)
print(t)
