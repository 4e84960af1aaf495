# Common bytes methods.
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"))
print(b.find(b"World"), b.count(b"l"), b.startswith(b"  H"), b.strip().endswith(b"  "))
print(b",".join([b"a", b"b"]), b"abc".decode(), "naïve".encode(), "naïve".encode("utf-8").decode("utf-8"))
print(b"a b".split(), b"x".center(5, b"-"), b"12".isdigit(), b"ab".isalpha())
