# bytes and bytearray: construction, repr, indexing, slicing, operators,
# methods, hex/fromhex, mutation, and their error messages.
KEY = "x"
b = b"it's \x00\xff"
print(b, len(b), b[0], b[-1], b[1:4], b[::-2], list(b"AZ"), bytes(3), bytes([104, 105]))
print(bytes("é", "utf-8"), bytes(b"ab"), bytes(bytearray(b"xy")), bytes(range(3)), b"" == bytes())
print(b"ab" + b"cd", b"ab" * 3, 3 * b"-", b"a" in b"cab", 97 in b"a", b"" in b"a", b"ab" < b"b", b"a" == "a")
print(b"hello world".split(), b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"-".join([b"a", bytearray(b"b")]))
print(b"  pad  ".strip(), b"xxaxx".strip(b"x"), b"abc".replace(b"b", b"XY"), b"aBc1".upper(), b"aBc1".lower())
print(b"abc".find(b"c"), b"abc".find(99), b"abc".count(b""), b"abcabc".rfind(b"b"), b"abc".index(b"b"))
print(b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"Ab Cd".istitle(), b"".isdigit())
print(b"a.b.c".partition(b"."), b"a.b.c".rpartition(b"."), b"title me".title(), b"-12".zfill(5), b"ab".center(6, b"*"))
print(b"abc".hex(), b"abcdef".hex(":", 2), b"abcde".hex("-", -2), bytes.fromhex("61 62 6364"), b"\xe2\x82\xac".decode())
print(b"a\nb\r\nc\r".splitlines(), b"a\nb".splitlines(True), b"a\tb".expandtabs(4), b"abc".removesuffix(b"c"))
print(b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
ba = bytearray(b"abc")
ba[0] = 65
ba[1:2] = b"xyz"
ba.append(33)
ba.extend([63, 64])
ba.insert(-1, 46)
print(ba, len(ba), ba[1], ba[2:4], ba.pop(), ba.pop(0), ba)
del ba[::2]
ba.reverse()
ba += b"++"
ba *= 2
print(ba, ba == b"", bytearray(b"ab") + b"c", bytearray(3), bytearray("é", "utf-8"), bytearray.fromhex("6162"))
ba.remove(43)
ba.clear()
print(ba, bytearray(b"a,b").split(b","), bytearray(b"ab").upper(), bytearray(b" x ").strip(), ba.copy())
bad = [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([1, "a"]), lambda: bytes("abc"),
       lambda: bytes(1.5), lambda: bytes(1, "utf-8"), lambda: b"ab"[5], lambda: b"ab"[KEY],
       lambda: b"ab" + "c", lambda: 256 in b"a", lambda: "a" in b"a", lambda: b"abc".count("b"),
       lambda: b"abc".find(300), lambda: b"abc".index(b"z"), lambda: b"abc".startswith("a"),
       lambda: b"a,b".split(""), lambda: b"-".join([b"a", "b"]), lambda: b"a".strip("a"),
       lambda: b"ab".center(5, "*"), lambda: b"ab".hex("::"), lambda: bytes.fromhex("6"),
       lambda: bytes.fromhex("zz"), lambda: b"\xff".decode(), lambda: b"x".upper(1),
       lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").extend(1), lambda: bytearray().pop(),
       lambda: bytearray(b"a").remove(99), lambda: bytearray(b"ab").__setitem__(slice(0, 2, 2), b"xy"),
       lambda: bytearray(b"a").insert(0), lambda: hash(bytearray())]
for f in bad:
    try:
        f()
    except (TypeError, ValueError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
