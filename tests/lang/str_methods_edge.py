# Edge cases of the str methods: empty separators and substrings, negative
# and huge bounds, counts, final sigma, full case mappings, tabs, line
# boundaries, and the argument errors.
KEY = "x"
print("abc".find("", 3), "abc".find("", 4), "abc".count(""), "abc".count("", 3), "abc".count("", 4))
print("abc".rfind(""), "abc".rfind("", 1, 2), "aaaa".count("aa"), "abc".find("a", 10 ** 30))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".startswith(("x", "a")))
print("ab".replace("", "-"), "ab".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", "b", -2))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "a,b,,c".rsplit(",", 2), "abc".rsplit(None, 1))
print("a\r\nb\x1c\x85c\u2028d\x0be\x0cf".splitlines(), "a\r\nb\n".splitlines(True), "".splitlines())
print("ΑΣ ΣΑΣ Σ.".lower(), "ΑΣΑ".lower(), "aΣ\u0345".lower(), "Σ".lower())
print("ß ﬁ ŉ ǆ İ".upper(), "ß".swapcase(), "ǆǆ ǅ".title(), "ǆx".capitalize(), "İ".lower(), "ẞ".casefold())
print("they're bill's friends".title(), "hello wORLD".capitalize(), "MiXeD".swapcase())
print("a\tbc\td\r\te".expandtabs(), "a\tb".expandtabs(4), "a\tb".expandtabs(0), "é\t".expandtabs(3) + "|")
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "é".center(6, "*"), "ab".center(5))
print("xxaxx".strip("x"), "  \t é\u3000".strip(), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("abc".partition("b"), "abc".rpartition("x"), "a.b.c".rpartition("."), "abc".removeprefix("ab"))
print("Hello World".istitle(), "HeLLo".istitle(), "ǅ".istitle(), "A1".isupper(), "1".isupper())
print("٠١٢".isdecimal(), "²".isdigit(), "²".isdecimal(), "⅕".isnumeric(), "x_1".isidentifier(), "1x".isidentifier())
print("\x1f".isspace(), "\xa0".isspace(), "\xa0".isprintable(), " ".isprintable(), "".isprintable(), "".isascii())
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd-abcd".translate(t), "héllo".translate({ord("é"): "e", ord("l"): None}))
print(str.maketrans({"a": "1", 98: None}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\x80\u200b\U0010ffff"), ascii("é€😀"))
print("é" * 3, 2 * "ab", "x" * -1, "abc"[::-1], "héllo"[1:4], "héllo"[-1], "日本語"[::2])
bad = [lambda: "a".center(), lambda: "a".center(3, "ab"), lambda: "a".center(3, 1), lambda: "a".count(),
       lambda: "a".split(""), lambda: "a".split(1), lambda: "-".join(["a", 2]), lambda: "-".join(5),
       lambda: "a".index("b"), lambda: "abc".partition(""), lambda: "a".startswith(1),
       lambda: "a".startswith(("z", 1)), lambda: "a".removeprefix(1), lambda: "a".zfill("x"),
       lambda: "a".strip(1), lambda: "a"[5], lambda: "a"[KEY], lambda: "a" + 1, lambda: 1 in "a",
       lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans("ab", "c"),
       lambda: str.maketrans(1), lambda: "a".lower(1), lambda: "a" * 10 ** 30, lambda: "a".center(10 ** 30)]
for f in bad:
    try:
        f()
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
