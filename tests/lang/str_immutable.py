# Strings are immutable: item assignment fails, methods return new strings.
s = "abc"
t = s.upper()
print(s, t)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
u = s
s += "d"
print(s, u)
