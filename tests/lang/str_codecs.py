# str.encode / bytes.decode with utf-8, ascii and latin-1, the error
# handlers, and the UnicodeError messages.
s = "héllo €uro 😀"
print(s.encode())
print(s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "xmlcharrefreplace"))
print("plain".encode("ascii"), "ÿé".encode("latin-1"), "ÿé".encode("iso-8859-1"))
for text, enc in [(s, "ascii"), (s, "latin-1"), ("\ud800", "utf-8"), ("ab€€c", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
for data in [b"abc", b"\xe2\x82", b"\xe2", b"\xf0\x90\x80A", b"\xf0\x80", b"\xed\xa0\x80",
             b"\xc0\x80", b"a\xe2\x82\xac\xff", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98\x80"]:
    try:
        print(repr(data.decode()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(repr(data.decode("utf-8", "replace")), repr(data.decode("utf-8", "ignore")),
          repr(data.decode("utf-8", "backslashreplace")), repr(data.decode("latin-1")))
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xffab".decode("ascii", "replace"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"))
for enc, errors in [("foo", "strict"), ("ascii", "nonsense")]:
    try:
        "é".encode(enc, errors)
    except LookupError as e:
        print("LookupError", e)
print("x".encode("ascii", "nonsense"))
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError", e)
