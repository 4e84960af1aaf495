# sys.stdin / sys.stdout are text streams with a binary .buffer.  A program
# that flushes one layer before using the other sees its output in order
# (without the flushes CPython's order depends on where stdout goes).
import io, sys
print("first")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes after first\n")
sys.stdout.buffer.flush()
print("second")
sys.stdout.write("partial ")
sys.stdout.flush()
sys.stdout.buffer.write("then bytes é\n".encode())
sys.stdout.buffer.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.name, sys.stdout.buffer.mode)
print(sys.stdin.buffer.name, sys.stdin.buffer.mode, sys.stdin.buffer.readable(), sys.stdin.buffer.writable())
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.IOBase))
print(isinstance(sys.stdin.buffer, io.BufferedReader), isinstance(sys.stdin.buffer, io.BufferedIOBase))
print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(4), sys.stdin.buffer.readline())
print([line for line in sys.stdin.buffer])
print(sys.stdin.buffer.read())
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.buffer.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
sys.stdout.flush()
n = sys.stdout.buffer.write(b"len is returned\n")
sys.stdout.buffer.flush()
print(n)
# line buffering promised on a pipe too: each line reaches the descriptor
# before bytes written to it directly
raw = open(1, "wb", buffering=0, closefd=False)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
print("a line")
raw.write(b"raw after the line\n")
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors, "lone \udc80 surrogate")
raw.write(b"raw again\n")
sys.stdout.reconfigure(encoding="utf-8")
print(sys.stdout.errors)
try:
    sys.stdout.reconfigure(newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    sys.stdout.reconfigure(1)
except TypeError as e:
    print("TypeError:", e)
