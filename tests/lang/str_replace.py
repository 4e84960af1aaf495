# replace with and without a count.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("x", "y"), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("héllo".replace("é", "e"), "aaaa".replace("aa", "a"))
print(s.replace("fish", "", 1), "abc".replace("b", "B", 0))
