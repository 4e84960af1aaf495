# A text histogram of letter frequencies, sorted by count then letter.
text = "the reference counter drops to zero and the object is freed at once"
counts = {}
for ch in text:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
for ch, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{ch} {'#' * n} {n}")
