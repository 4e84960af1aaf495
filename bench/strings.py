# strings: building, slicing, splitting, joining, formatting and searching.
SIZE = 60000

parts = []
for i in range(SIZE):
    parts.append("item%d:%s" % (i, "abc"[i % 3] * (i % 7)))
text = ",".join(parts)
fields = text.split(",")
upper = [f.upper() for f in fields if "b" in f]
lengths = sum(len(f) for f in fields)
replaced = text.replace("item", "it").count("it")
found = 0
start = 0
while True:
    k = text.find("cc", start)
    if k < 0:
        break
    found += 1
    start = k + 1
formatted = "".join(f"{i:05d}|{i * 3:>8x}" for i in range(SIZE // 2))
words = " ".join(fields).split()
rev = "".join(reversed(formatted[:10000]))
print("strings checksum", len(text), lengths, len(upper), replaced, found, len(formatted),
      len(words), rev[:12])
