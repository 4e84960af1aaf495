# scripts/fail-after makes each allocation of this program fail in turn
# (robust/allocation_failure_in_file_objects, tests/unit/test_robust.c):
# opening, text and binary reads and writes, newline translation, a
# decode error, errors from open() and a file freed while open.
P = '/tmp/tally_test_robust_alloc_file.txt'
with open(P, 'w', newline='\r\n') as f:
    f.write('héllo\nwörld\n')
    print('x', 1, file=f)
    f.writelines(['a\n', 'b'])
with open(P) as f:
    print(repr(f.readline()), repr(f.read(3)), f.readlines(), f.newlines, f.tell())
with open(P, 'rb') as f:
    print(f.read(2), f.readline(), list(f))
g = open(P, 'a')
g.write('z\xff')
del g
with open(P, 'r+b') as f:
    f.seek(-1, 2)
    f.write(b'\xff')
try:
    open(P).read()
except UnicodeDecodeError as e:
    print(e)
try:
    open('/nonexistent/tally_no_such_file')
except OSError as e:
    print(e)
with open(P, 'a') as f:
    try:
        f.read()
    except OSError as e:
        print(e)
