# sys.stdout / sys.stderr: write() returns the character count, attributes.
import sys
n = sys.stdout.write("héllo\n")
print(n)
print(sys.stdout.write(""))
sys.stdout.writelines(["a", "b\n", "c\n"])
print(repr(sys.stdout))
print(repr(sys.stderr))
print(repr(sys.stdin))
out = sys.stdout
print(out.name, out.mode, out.encoding, out.errors, out.closed)
print(sys.stderr.name, sys.stderr.errors, sys.stdin.name, sys.stdin.mode)
print(out.writable(), out.readable(), sys.stdin.readable(), sys.stdin.writable())
print(out.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(out is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
print(out.flush())
try:
    out.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    out.write()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    out.read()
except OSError as e:
    print(type(e).__name__, e)
print("end", end="!\n", flush=True)
