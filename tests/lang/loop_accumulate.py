# Common accumulation patterns: sums, maxima, counting, building strings.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
total = 0
largest = data[0]
counts = {}
for v in data:
    total += v
    if v > largest:
        largest = v
    counts[v] = counts.get(v, 0) + 1
print(total, largest)
print(counts)
out = ""
for v in sorted(counts):
    out += str(v) + ":" + str(counts[v]) + " "
print(out.strip())
