# Self-documenting f-strings with = and conversions.
x = 5
name = "tally"
print(f"{x=}", f"{x + 1=}", f"{name=!s}", f"{name=}", f"{x = }", f"{x=:>4}")
