# Universal newlines on reading and newline translation on writing, for
# every value of the newline argument.
P = '/tmp/tally_test_file_newlines.txt'

with open(P, 'wb') as f:
    f.write(b'ab\r\ncd\ref\n\rgh\r')

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, newline=nl) as f:
        print(repr(nl), list(f), f.newlines)
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read()), f.newlines)
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read(3)), repr(f.read(3)), repr(f.readline(2)))

with open(P, 'wb') as f:
    f.write(b'one\ntwo\nthree')
with open(P) as f:
    print(f.newlines, repr(f.readline()), f.newlines)
with open(P, 'wb') as f:
    f.write(b'x\r\ny\r\n')
with open(P) as f:
    print(f.readlines(), f.newlines)

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, 'w', newline=nl) as f:
        print(f.write('a\nb\r\nc\r'), end=' ')
    with open(P, 'rb') as f:
        print(repr(nl), f.read())

# A '\r\n' cut by the 8192-byte chunk boundary is still one line ending.
with open(P, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\nafter\r\n')
with open(P) as f:
    first = f.readline()
    print(len(first), repr(first[-2:]), repr(f.readline()), repr(f.readline()))
with open(P, newline='') as f:
    print(len(f.readline()), f.newlines)

# newlines reports what the chunks read so far held, a final lone '\r'
# included.
for data in [b'ab\r', b'a\rb\r\n', b'x' * 8191 + b'\r\n', b'x' * 8192 + b'\r', b'x' * 8200]:
    with open(P, 'wb') as f:
        f.write(data)
    for nl in [None, '']:
        with open(P, newline=nl) as f:
            f.readline()
            before = f.newlines
            f.read()
            print(len(data), repr(nl), repr(before), repr(f.newlines))
