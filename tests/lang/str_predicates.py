# isdigit, isalpha, isspace, isalnum, isupper, islower and friends.
samples = ["123", "abc", "ABC", "aB1", " \t\n", "", "12.5", "éß", "Ab Cd", "٣", "a b"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(),
          s.isupper(), s.islower(), s.istitle(), s.isdecimal(), s.isnumeric())
print("x1".isidentifier(), "1x".isidentifier(), "ascii".isascii(), "é".isascii())
