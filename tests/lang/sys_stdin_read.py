# Reading sys.stdin (from the .in file): readline with and without a size,
# read(n), readlines, iteration, and '' at the end.
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline(0)))
print(repr(sys.stdin.readline(-1)))
print(repr(sys.stdin.read(4)))
print(repr(sys.stdin.readline(2)))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines(5))
for line in sys.stdin:
    print("line", repr(line))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
try:
    sys.stdin.readline("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.readline(None)
except TypeError as e:
    print("TypeError:", e)
print(repr(sys.stdin.read(None)))
