# .buffer of a text file: the binary object over the same descriptor; what
# each layer wrote reaches the file before the other reads or moves.
import io
p = "/tmp/tally_test_file_buffer.txt"
f = open(p, "w+")
b = f.buffer
print(type(b).__name__, b.mode, b.name == p, b is f.buffer, isinstance(b, io.BufferedRandom))
f.write("text1\n")
f.flush()
b.write(b"bytes2\n")
b.flush()
f.write("text3\n")
f.seek(0)
print(repr(f.read()))
f.seek(0)
print(b.read(3), b.tell())
f.close()
print(b.closed, f.closed)
try: b.read()
except ValueError as e: print(e)
with open(p) as g:
    print(g.buffer.readline(), g.buffer.mode, type(g.buffer).__name__)
with open(p, "a") as g:
    print(g.buffer.mode)
    g.buffer.write(b"appended\n")
with open(p, "rb") as g:
    print(g.read())
kept = open(p).buffer
print(kept.closed)
# binary files take a memoryview (pathlib's write_bytes passes one)
with open(p, "wb") as g:
    print(g.write(memoryview(b"abcdef")[2:5]))
with open(p, "rb", buffering=0) as g:
    print(g.read())
