# bytes literals, indexing, slicing, iteration, repr.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b"'", b'"')
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"ab" + b"cd", b"x" * 3)
print(b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b.hex())
print(bytes.fromhex("41 42"), type(b).__name__)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
