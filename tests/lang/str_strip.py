# strip, lstrip, rstrip with default whitespace and with character sets.
s = " \t\n padded \r\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print("hello!!!".rstrip("!"), "---".strip("-") == "", "abc".strip(""))
