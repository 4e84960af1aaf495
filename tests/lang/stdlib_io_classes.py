import io, sys
class Gen(io.RawIOBase):
    def __init__(self, data):
        self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]; self.pos += n
        return n
r = Gen(b"one\ntwo\nthree\n")
print(r.read(2), r.read(), r.read())
br = io.BufferedReader(Gen(b"alpha\nbeta\ngamma"), buffer_size=4)
print(br.peek(1)[:1], br.readline(), br.read(3), br.read1(10), br.read())
t = io.TextIOWrapper(io.BufferedReader(Gen("héllo\nwörld\n".encode())), encoding="utf-8")
print(list(t))
class Sink(io.RawIOBase):
    def __init__(self): self.chunks = []
    def writable(self): return True
    def write(self, b): self.chunks.append(bytes(b)); return len(b)
s = Sink()
bw = io.BufferedWriter(s, buffer_size=8)
bw.write(b"abc"); print(s.chunks); bw.write(b"defghij"); print(s.chunks); bw.flush(); print(s.chunks)
print(isinstance(bw, io.BufferedIOBase), isinstance(s, io.RawIOBase), isinstance(s, io.IOBase))
print(io.BufferedReader.__mro__[-2:], io.StringIO.__mro__)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase))
class Upper(io.StringIO):
    def write(self, s): return super().write(s.upper())
u = Upper(); print("hi there", file=u); print(repr(u.getvalue()))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
b = io.BytesIO(b"x\ny\n")
for line in b: print(line)
print(b.readlines(), io.BytesIO(b"a\nb\nc\n").readlines(2))
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
try: t.write("é")
except UnicodeEncodeError as e: print("UEE", e)
t = io.TextIOWrapper(io.BytesIO(b"abc\xff"), encoding="utf-8")
try: t.read()
except UnicodeDecodeError as e: print("UDE", e)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb"), encoding="utf-8", newline="")
print(repr(t.readline()), repr(t.readline()), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\nc"), encoding="utf-8", newline="\r\n")
print([t.readline() for _ in range(3)])
t = io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"), encoding="utf-8")
t.readline(); pos = t.tell(); print(t.readline(), end=""); t.seek(pos); print(t.read(), end="")
t.detach()
try: t.read()
except ValueError as e: print(e)
sio = io.StringIO("abc\ndef\n")
print(sio.readline(2), sio.readline(), sio.read(), repr(sio.read()))
print(io.StringIO("a\nb").readlines())
bio = io.BytesIO(); bio.seek(3); bio.write(b"z"); print(bio.getvalue())
print(repr(io.StringIO("x", newline=None).newlines))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
print(w.line_buffering, w.write_through, w.errors, w.closed, w.encoding)
w.close(); print(w.closed)
try: w.write("x")
except ValueError as e: print(e)
print(io.open_code.__name__, io.StringIO().seekable())
# open() takes os.PathLike objects through __fspath__
class PathLike:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
with open(PathLike("/tmp/tally_test_stdlib_io_classes.txt"), "w") as f:
    f.write("through __fspath__\n")
with open(PathLike(b"/tmp/tally_test_stdlib_io_classes.txt"), "rb") as f:
    print(f.name, f.read())
with io.FileIO(PathLike("/tmp/tally_test_stdlib_io_classes.txt")) as f:
    print(f.mode, f.read(7))
class BadPath:
    def __fspath__(self): return 42
for bad in (BadPath(), 3.5, None):
    try:
        open(bad)
    except TypeError as e:
        print("TypeError:", e)
# a TextIOWrapper keeps small writes until a chunk, a flush, a read or a
# line with line_buffering
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
t.write("held")
print(raw.getvalue())
t.flush()
print(raw.getvalue())
t.write("x" * 9000)
print(len(raw.getvalue()))
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
t.write("no newline")
print(t.buffer.getvalue())
t.write(" then one\n")
print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
t.write("through")
print(t.buffer.getvalue())
