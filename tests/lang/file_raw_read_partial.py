# A raw file's read(n) is one system call: from a pipe it returns what is
# there instead of waiting for n bytes (it blocked before; getpass on a
# terminal hung the same way).
import os, io
r, w = os.pipe()
os.write(w, b'abc')
f = io.FileIO(r, 'r', closefd=False)
print(f.read(100))
os.write(w, b'line1\nline2\n')
print(f.read(5), f.read(100))
os.close(w)
print(f.read(100), f.read())
b = io.open(os.dup(r), 'rb', buffering=0)
print(type(b).__name__, b.read(10))
