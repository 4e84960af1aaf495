# center, ljust, rjust and zfill.
print("[" + "abc".center(9) + "]", "[" + "abc".center(8, "*") + "]", "[" + "ab".center(7) + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6, ".") + "]", "[" + "abcdef".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3))
print("é".center(5, "·"), "中".rjust(3, "-"))
