# open() in text mode: write, read back, append, read(n), readline,
# readlines, iteration, seek/tell, attributes, the with statement.
P = '/tmp/tally_test_file_text.txt'

f = open(P, 'w')
print(repr(f))
print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
print(f.readable(), f.writable(), f.seekable())
print(f.write('first line\n'), f.write('héllo wörld ✓\n'), f.write(''))
f.writelines(['a\n', 'b\n', 'c'])
print(f.tell())
f.close()
print(f.closed)
f.close()

with open(P) as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable())
    data = f.read()
print(f.closed)
print(repr(data), len(data))

with open(P, 'a') as f:
    print(f.tell())
    print(f.write('\nappended'))
    print('printed', 42, sep='-', end='!\n', file=f)
    print(file=f)
    print('flushed', file=f, flush=True)

with open(P, 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline()))
    print(repr(f.read(4)))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(P) as f:
    lines = [line for line in f]
print(len(lines), lines[-1:])
with open(P) as f:
    print([len(x) for x in f.readlines(12)])

# tell() gives byte offsets; seek() goes back to them.
with open(P) as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    print(pos, repr(second), f.tell())
    print(f.seek(pos), repr(f.readline()) == repr(second))
    print(f.seek(0), repr(f.read(5)))
    print(f.seek(0, 2) == f.tell())
    for line in f:
        pass
    print(f.tell() == f.seek(0, 1))

# 'w+' reads what it wrote, 'r+' overwrites in place.
with open(P, 'w+') as f:
    f.write('0123456789')
    f.seek(0)
    print(repr(f.read(3)))
    f.write('abc')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4), repr((f.seek(0), f.read())))
with open(P, 'r+') as f:
    print(repr(f.read(1)))
    f.seek(2)
    f.write('Z')
with open(P) as f:
    print(repr(f.read()))

# The program's own source is a deterministic input.
with open(__file__) as f:
    src = f.readlines()
print(src[0].rstrip())
print(len(src) > 50, all(s.endswith('\n') for s in src))
with open(__file__, encoding='utf-8') as f:
    print(f.read() == ''.join(src), f.encoding)
