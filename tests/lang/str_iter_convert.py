# Iterating strings; list/tuple of a string; chr and ord.
print(list("abc"), tuple("hé"))
for ch in "a✓":
    print(ch, ord(ch))
print(chr(65), chr(0x4e2d), chr(128512), chr(10) == "\n")
print(ord("a"), ord("é"), ord("😀"))
print([chr(ord("a") + i) for i in range(5)])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
