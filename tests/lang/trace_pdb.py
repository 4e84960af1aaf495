# pdb runs over sys.settrace: stepping, printing, changing a local, a
# breakpoint, continuing, returning; the session is fed from a string.
import io
import os
import pdb

def add(a, b):
    c = a + b
    return c

def main(x):
    y = add(x, 2)
    for i in range(2):
        x += i
    z = x * 10
    return y, z

commands = "\n".join([
    "s", "n", "n", "p c", "r", "n", "p y", "b 15", "c", "p x", "!x = 100", "p x", "n", "p z", "where", "c",
]) + "\n"
out = io.StringIO()
debugger = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, nosigint=True)
debugger.use_rawinput = False
print(debugger.runcall(main, 1))
here = os.path.dirname(os.path.abspath(__file__))
for line in out.getvalue().splitlines():
    print(line.replace(here + os.sep, ""))
