# open() and io.TextIOWrapper in encodings the codecs module provides
# (_io's TextIOWrapper over the binary file), with tell/seek cookies.
import io
p = "/tmp/tally_test_stdlib_io_codecs.txt"
for enc in ["utf-16", "utf-16-le", "cp1252", "utf-8-sig", "koi8-r", "utf-32"]:
    text = "héllo wörld\nsecond line\n" if enc != "koi8-r" else "привет\nмир\n"
    with open(p, "w", encoding=enc) as f:
        f.write(text)
        print(type(f).__name__, f.encoding, f.mode)
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        again = f.read()
    print(enc, len(raw), raw[:6], repr(first), repr(rest), rest == again, first + rest == text)
t = io.TextIOWrapper(io.BytesIO("abc\ndef\n".encode("utf-16")), encoding="utf-16")
print(t.readline(), end="")
pos = t.tell()
print(t.readline(), end="")
t.seek(pos)
print(repr(t.read()))
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é€\n")
print(open(p, "rb").read())
with open(p, "w", encoding="cp1252", errors="replace") as f:
    f.write("€ ok ✓\n")
print(open(p, "rb").read(), open(p, encoding="cp1252").read(), end="")
