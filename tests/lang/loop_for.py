# for loops over sequences of every kind, with break/continue/else.
for ch in "abc":
    print(ch, end=" ")
print()
for x in (1, 2, 3):
    if x == 2:
        continue
    print("x", x)
else:
    print("for-else ran")
for x in [10, 20, 30]:
    if x == 20:
        print("break at", x)
        break
else:
    print("not reached")
for k in {"one": 1, "two": 2}:
    print("key", k)
for i in range(0):
    print("never")
else:
    print("empty loop else")
print("x after loop", x)
