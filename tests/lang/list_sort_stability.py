# list.sort and sorted: stability with key= and reverse=, only "<" used,
# and the errors sort raises.
pairs = []
for i in range(40):
    pairs.append(((i * 7) % 5, i))
by_key = sorted(pairs, key=lambda p: p[0])
print(by_key[:10])
print(by_key[-5:])
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:10])
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "banana"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, 3, 9, 1, 5, 3, 8]
nums.sort(reverse=True)
print(nums)
data = [3.5, -1.0, 2.25, 10.0, 0.0]
data.sort()
print(data)
mixed = [3, 1.5, 2, -7, 0.25]
mixed.sort()
print(mixed)
tuples = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
tuples.sort()
print(tuples)
big = [(i * 7919) % 1009 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], big == sorted(big))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print("ValueError", e, lst)
try:
    [1].sort(1)
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2].sort(reverse="yes")
except TypeError as e:
    print("TypeError", e)
print(sorted("banana"), sorted([]), sorted([1], reverse=True))
