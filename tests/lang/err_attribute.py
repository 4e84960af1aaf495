# Uncaught AttributeError on a list.
items = [3, 1, 2]
items.sort()
print(items)
items.qqq()
