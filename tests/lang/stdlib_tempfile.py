# tempfile over _io: files opened by descriptor, renamed, spooled in memory
# and rolled over to disk.
import io, os, tempfile
with tempfile.TemporaryFile() as tf:
    print(type(tf).__name__, isinstance(tf, io.BufferedRandom), isinstance(tf.name, int))
    tf.write(b"tmp data")
    tf.seek(0)
    print(tf.read())
with tempfile.TemporaryFile("w+", encoding="utf-8") as tf:
    tf.write("text é\n")
    tf.seek(0)
    print(repr(tf.read()), tf.encoding)
with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="tally_") as nf:
    nf.write("named")
    nf.flush()
    base = os.path.basename(nf.name)
    print(base.startswith("tally_"), base.endswith(".txt"), os.path.exists(nf.name))
    with open(nf.name) as again:
        print(again.read())
    nf.seek(0)
    print(list(nf))
    kept = nf.name
print(os.path.exists(kept))
sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
sp.write("small")
print(sp._rolled, isinstance(sp._file, io.StringIO))
sp.write(" and now bigger than ten")
print(sp._rolled)
sp.seek(0)
print(sp.read())
sp.close()
sb = tempfile.SpooledTemporaryFile(max_size=4)
sb.write(b"abc")
print(sb._rolled, sb.tell())
sb.write(b"defgh")
print(sb._rolled, sb.tell())
sb.seek(0)
print(sb.read())
sb.close()
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.bin")
    with open(p, "wb") as f:
        f.write(b"\x00\x01")
    print(os.listdir(d), os.path.getsize(p))
print(os.path.exists(d))
fd, path = tempfile.mkstemp(text=True)
with os.fdopen(fd, "w") as f:
    print(type(f).__name__, f.mode)
    f.write("via fdopen\n")
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
