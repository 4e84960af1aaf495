# Lengths and slices of strings mixing 1-, 2-, 3- and 4-byte characters.
s = "aé中😀"
print(len(s), [len(c) for c in s], s[1:3], s[::-1])
t = s * 3
print(len(t), t[4:8], t.count("中"), t.find("😀", 4), t.rfind("é"))
print(s.upper(), "ÄÖÜ".lower(), s.index("😀"))
