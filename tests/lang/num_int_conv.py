# int() from strings with and without a base, and from other numbers.
print(int("42"), int("  -17  "), int("+8"), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1A", 16), int("0x1a", 0), int("0o17", 0), int("0b11", 0), int("12", 0))
print(int(True), int(False), int(3.99), int(-3.99), int())
print(int("9" * 30))
for text, base in [("abc", 10), ("12.5", 10), ("", 10), ("8", 8), ("0x10", 10), ("1__0", 10), ("g", 16)]:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
