# find, rfind, index, rindex and count with start and end.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
print("ü中ü".find("ü", 1), "ü中ü".rfind("中"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
