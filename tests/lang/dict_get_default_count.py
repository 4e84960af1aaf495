# Counting and grouping with get() and setdefault().
s = "mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
by_count = {}
for ch, n in counts.items():
    by_count.setdefault(n, []).append(ch)
print(by_count)
