# A small word-frequency program with split, lower and strip.
text = """The cat sat on the mat. The mat was flat!
A cat, a hat; the end."""
freq = {}
for word in text.lower().split():
    w = word.strip(".,;!")
    freq[w] = freq.get(w, 0) + 1
for w in sorted(freq, key=lambda k: (-freq[k], k)):
    print(w, freq[w])
