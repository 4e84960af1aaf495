# Sorting strings orders by code point.
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zeta", "Zeta"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, reverse=True))
print(min(words), max(words))
