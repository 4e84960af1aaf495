# dicts: word counting, dict and set comprehensions, get/setdefault, and
# iteration over items.
SIZE = 300000

vocabulary = ["w%d" % i for i in range(5000)]
state = 7
counts = {}
for _ in range(SIZE):
    state = (state * 69069 + 1) % 4294967296
    word = vocabulary[state % 5000]
    counts[word] = counts.get(word, 0) + 1
groups = {}
for word, n in counts.items():
    groups.setdefault(n % 10, []).append(word)
inverse = {n: w for w, n in counts.items()}
unique = {n % 1000 for n in counts.values()}
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
merged = dict(counts)
for w in vocabulary[::3]:
    del merged[w]
print("dicts checksum", len(counts), sum(counts.values()), len(groups[3]), len(inverse),
      len(unique), top[0], len(merged))
