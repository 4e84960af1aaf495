# Adjacent string literals are concatenated at compile time.
s = "abc" "def"
print(s)
t = ("first "
     "second "
     'third')
print(t)
print(len("a" "b" "c"))
