# Greedy word wrapping and justification of a paragraph.
text = ("Reference counting frees each object the moment its last reference "
        "goes away, which makes memory use predictable and finalization prompt.")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text.split(), 30):
    print("|" + " ".join(line).ljust(30) + "|")
for line in wrap(text.split(), 24):
    print("|" + " ".join(line).center(24) + "|")
