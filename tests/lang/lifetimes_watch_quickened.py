# tally-expected: own
# tally.watch sees the counts of objects that specialised instructions
# (quickening) handle: while something is watched every instruction runs
# as its generic form, so no operand is reused unseen.
import sys, tally


class Capture:
    def __init__(self):
        self.lines = []
    def write(self, text):
        self.lines.append(text)
    def flush(self):
        pass


class P:
    def __init__(self, v):
        self.v = v


def work(p, x):
    t = p.v
    y = x * 2.0 + 1.0
    return t, y


p = P(1.5)
for i in range(10):
    work(p, 3.0)
captured = Capture()
sys.stderr = captured
v = p.v
tally.watch(v)
r = work(p, v)
print(tally.unwatch(v))
sys.stderr = sys.__stderr__
print(r)
print("".join(captured.lines), end="")
