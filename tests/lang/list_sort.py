# sort and sorted with key and reverse; sorting is stable.
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted([[3, 1], [2, 9], [2, 1]]), sorted(["b", "A", "a", "B"]))
print(a.sort(), sorted(()), sorted("cab"), sorted({"b": 1, "a": 2}))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
