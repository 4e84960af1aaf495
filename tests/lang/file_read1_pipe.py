# read1 on binary files reads at most once: io.TextIOWrapper over a pipe
# (subprocess's text=True pipes, test_subprocess test_universal_newlines_and_text)
# returned a line only once the writer closed, and a live child hung.
import io
import os
import subprocess
import sys

r, w = os.pipe()
f = open(r, "rb")
os.write(w, b"abc\ndef")
print(f.read1(2), f.read1(), f.read1(0))
os.write(w, b"ghi")
print(f.read1(100))
t = io.TextIOWrapper(open(os.dup(r), "rb"))
os.write(w, b"line1\n")
print(repr(t.readline()))
os.close(w)
print(f.read1(), f.read1(5))
f.close()
t.close()

with open(__file__, "rb") as f:
    print(f.read1(8), len(f.read1()) > 0)
with open(os.devnull, "wb") as f:
    try:
        f.read1()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)

child = "import sys; sys.stdout.write(sys.stdin.readline()); sys.stdout.flush(); sys.stdout.write(sys.stdin.read())"
with subprocess.Popen([sys.executable, "-c", child], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write("first\n")
    p.stdin.flush()
    print(repr(p.stdout.readline()))
    p.stdin.write("rest\n")
    p.stdin.close()
    print(repr(p.stdout.read()))
print(p.returncode)
