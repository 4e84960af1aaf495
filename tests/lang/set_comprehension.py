# Set comprehensions and sets of tuples.
print(sorted({x % 4 for x in range(20)}))
print(sorted({(x, y) for x in range(2) for y in range(2)}))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
