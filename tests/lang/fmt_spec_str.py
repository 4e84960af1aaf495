# The format-spec mini-language for strings, and format() / str.format.
s = "text"
print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:*<10}] [{s:.2}] [{s:>8.3}]")
print(format(s, "^9"), "{:~^11}".format(s), "{0!r:>8}".format(s))
try:
    format(s, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
