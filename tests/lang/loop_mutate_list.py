# Appending to a list while iterating over it sees the new items.
items = [1, 2, 3]
for x in items:
    if x < 3:
        items.append(x + 10)
    print(x)
print(items)
