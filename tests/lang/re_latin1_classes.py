# The character classes of re over the first 256 code points, which the
# matcher answers from a table made at compile time: str patterns (Unicode
# classes), ASCII-flagged patterns and bytes patterns.
import re

latin1 = "".join(map(chr, range(256)))
data = latin1.encode("latin-1")
for pat in [r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", r"\b.", r"[\w\s]", r"[^\d\W]"]:
    print(pat, [ord(c) for c in re.findall(pat, latin1)])
    print(pat, "ascii", [ord(c) for c in re.findall(pat, latin1, re.ASCII)])
    print(pat, "ignorecase", len(re.findall(pat, latin1, re.IGNORECASE)))
    print(pat, "bytes", list(b"".join(re.findall(pat.encode(), data))))
print([ord(c) for c in re.findall(r"\w", latin1 + "\u0100\u2028\u00e9")])
print(latin1.splitlines()[:4], len(re.split(r"(?m)$", latin1)))
print(re.sub(r"\s+", "|", "a\x85b\xa0c\x1cd\u3000e"))
