# upper, lower, title, capitalize, swapcase and casefold.
s = "hello WORLD, it's a tEST"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("123abc".capitalize(), "  x".capitalize(), "they're bill's".title())
