# Strings built from short pieces: every piece length from 0 to 40 bytes
# (ASCII and multi-byte) through +, += (grown in place), self-concatenation,
# join, split and str(int), checked by content, length and hash.
import hashlib

pieces = []
for n in range(41):
    pieces.append("".join(chr(97 + (i * 7 + n) % 26) for i in range(n)))
    pieces.append("".join("é€"[i % 2] for i in range(n)))

h = hashlib.sha256()
for a in pieces:
    for b in pieces[::3]:
        c = a + b
        h.update(c.encode())
        h.update(str(len(c)).encode())
print("concat", h.hexdigest()[:16])

total = 0
for a in pieces:
    s = a
    for b in pieces[:20]:
        s += b
        s = s + "-"
    total += len(s)
    h.update(s.encode())
print("inplace", total, h.hexdigest()[:16])

for a in pieces[:24]:
    s = a
    s += s
    s = s + s
    assert s == a * 4, a
print("self ok")

for sep in ["", ",", ", ", "--==--", "0123456789abcdefXYZ"]:
    j = sep.join(pieces)
    assert j.split(sep) == pieces if sep else True
    h.update(j.encode())
print("join", h.hexdigest()[:16])

nums = [0, 7, -7, 10, -10, 99, 100, -100, 12345, -12345, 2**31, -2**31, 2**63 - 1, -2**63,
        10**18, 10**18 - 1, -10**18, 2**64, -2**64, 10**19]
print([str(n) for n in nums])
print([len(str(n)) for n in nums], str(5) == "5", str(-0))
