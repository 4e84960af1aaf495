# tally-expected: own
# dis disassembles tally's own bytecode (docs/language.md, the `dis` row):
# the listing is `tally --dis`'s, so only its shape is checked here.
import dis
import sys


def f(a, b=2):
    c = a + b
    return c


class Out:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s


out = Out()
dis.dis(f, file=out)
lines = out.text.splitlines()
print(lines[0].split(', file')[0], lines[0].endswith('mod_dis.py", line 8>:'))
print('LOAD_FAST' in out.text, 'RETURN_VALUE' in out.text, "('c')" in out.text)
print([line for _, line in dis.findlinestarts(f)])


class K:
    def m(self):
        pass

    @staticmethod
    def s():
        pass


out = Out()
dis.dis(K, file=out)
print([line.split(', file')[0] for line in out.text.splitlines() if line.startswith('Disassembly of ')])
out = Out()
dis.disassemble(compile('x = 1', '<src>', 'exec'), file=out)
print(out.text.splitlines()[0])
out = Out()
dis.dis('y = 2', file=out)
print(out.text.splitlines()[0])
for bad in (3, [1]):
    try:
        dis.dis(bad, file=Out())
    except TypeError as e:
        print('TypeError:', e)
print(dis.COMPILER_FLAG_NAMES[32], dis.COMPILER_FLAG_NAMES[128], dis.Positions(1, 1, 0, 5))
print(all(dis.opmap[name] == op for op, name in enumerate(dis.opname)), 'RETURN_VALUE' in dis.opmap)
