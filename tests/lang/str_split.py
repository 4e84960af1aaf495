# split and rsplit with and without separators and maxsplit.
s = "  the quick   brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("one two three four".split(None, 2), "one two three four".rsplit(None, 2))
print("".split(), "".split(","), "abc".split("abc"), "x--y--z".split("--"))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("1\t2\n3\r\n4".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
