# io.StringIO, io.BytesIO, TextIOWrapper over memory, and files opened in
# other encodings than UTF-8 (through _io's TextIOWrapper).
import io
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
# StringIO details
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.getvalue()), s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline="")
print(s.readlines())
s = io.StringIO(newline="\r\n"); s.write("x\ny\n"); print(repr(s.getvalue()))
s = io.StringIO("hello"); s.seek(10); s.write("!"); print(repr(s.getvalue()))
s = io.StringIO("hello world"); s.seek(5); s.truncate(); print(repr(s.getvalue()), s.tell())
s = io.StringIO("abc"); s.seek(1); s.write("XY"); print(repr(s.getvalue()))
for bad in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.write(b"x"), lambda: io.StringIO(1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
s.close()
try: s.read()
except ValueError as e: print(e)
print(s.closed)
with io.StringIO() as s2:
    print("to stringio", 42, file=s2)
    print(repr(s2.getvalue()))
# BytesIO
b = io.BytesIO(b"hello")
print(b.getbuffer().tobytes(), len(b.getbuffer()))
b.seek(0, 2); b.write(b" world"); print(b.getvalue())
b.seek(3); print(b.read1(2), b.tell())
ba = bytearray(4); b.seek(0); print(b.readinto(ba), ba)
b.truncate(3); print(b.getvalue(), b.tell())
print(b.seek(0), b.readable(), b.writable(), b.seekable())
try: b.write("s")
except TypeError as e: print(e)
b.close()
try: b.getvalue()
except ValueError as e: print(e)
# text wrapper over BytesIO
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
t.write("é\nx\n"); t.flush(); print(raw.getvalue())
t = io.TextIOWrapper(io.BytesIO("line1\nlïne2\nline3".encode()), encoding="utf-8")
print(t.readline(), end=""); print(t.tell()); print(t.readline(), end=""); print(t.tell())
t.seek(0); print(list(t))
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="latin-1"); print(t.read())
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="ascii", errors="replace"); print(t.read())
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8"); print(t.read(1), t.read(1), t.read(5), repr(t.read()))
# files
p = "/tmp/tally_test_stdlib_io_files.txt"
with open(p, "w", encoding="latin-1") as f:
    print(type(f).__name__, f.mode, f.encoding)
    f.write("café\n")
with open(p, "rb") as f: print(f.read())
with open(p, encoding="latin-1") as f: print(repr(f.read()))
with open(p, "a") as f: f.write("more\n")
with open(p, errors="replace") as f: print(repr(f.read()))
fio = io.FileIO(p)
print(fio.name, fio.mode, fio.read(3), fio.readable(), fio.writable())
fio.close()
print(io.text_encoding(None), io.text_encoding("ascii"))
# argument errors
for f in (lambda: io.BytesIO().seek("a"), lambda: io.StringIO().seek(1.5),
          lambda: io.BytesIO().truncate("x"), lambda: io.StringIO().truncate(2.0),
          lambda: io.BytesIO().read("x"), lambda: io.StringIO().read(1.5),
          lambda: io.BytesIO().seek(0, 3), lambda: io.StringIO().seek(0, 5),
          lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
