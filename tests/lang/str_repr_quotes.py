# repr of strings chooses quotes the way CPython does.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "back\\slash",
         "\x00\x1f\x7f", "é中😀", "\u200b", "\xa0", "\r"]
for t in tests:
    print(repr(t))
print(repr(""), str(""), [""], ["it's"])
print(("a", "b'c"))
