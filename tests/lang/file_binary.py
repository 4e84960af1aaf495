# open() in binary mode: the buffered types, bytes in and out, seek/tell.
P = '/tmp/tally_test_file_binary.bin'

with open(P, 'wb') as f:
    print(repr(f), type(f).__name__, f.mode)
    print(f.write(b'line one\n'), f.write(bytearray(b'\x00\xff\n')), f.write(b'tail'))
    f.writelines([b'!', b'?'])
    print(f.tell(), f.readable(), f.writable(), f.seekable())

with open(P, 'rb') as f:
    print(repr(f), type(f).__name__, f.mode)
    print(f.read(4), f.read(0), f.tell())
    print(f.readline(), f.readline(2), f.readline())
    print(f.read(), f.read(), f.readline())
    print(f.seek(-3, 2), f.read(1), f.seek(-2, 1), f.read(), f.tell())
    print(f.seek(0), list(f))
with open(P, 'rb') as f:
    print(f.readlines())
    f.seek(0)
    print(f.readlines(10), f.read(None))

for mode in ['w+b', 'r+b', 'a+b', 'ab', 'xb+']:
    try:
        f = open(P, mode)
    except FileExistsError as e:
        print(mode, type(e).__name__, e.errno)
        continue
    print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), f.tell())
    f.close()

with open(P, 'w+b') as f:
    f.write(b'0123456789')
    print(f.seek(2), f.read(3), f.write(b'ab'), f.tell())
    f.seek(0)
    print(f.read())

f = open(P, 'rb', buffering=0)
print(repr(f), type(f).__name__, f.closefd, f.read(3), f.read())
f.close()
print(repr(f))
f = open(P, 'ab', buffering=0)
print(f.write(b'XY'), f.tell())
f.close()
with open(P, 'rb') as f:
    print(f.read())

# A file opened by descriptor; closefd=False leaves the descriptor open.
with open(P, 'rb') as a:
    g = open(a.fileno(), 'rb', closefd=False)
    print(g.name == a.fileno(), g.read(4))
    g.close()
    print(a.read(4))
