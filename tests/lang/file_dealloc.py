# A file object freed while open is flushed and closed (CPython's
# ResourceWarning is not shown by default, so nothing is printed).
P = '/tmp/tally_test_file_dealloc.txt'

def write_and_drop(text):
    f = open(P, 'w')
    f.write(text)

write_and_drop('written in a function\n')
with open(P) as f:
    print(repr(f.read()))

open(P, 'a').write('one-liner\n')
with open(P) as f:
    print(repr(f.read()))

# Big writes pass the buffer straight to the descriptor; small ones wait.
f = open(P, 'w')
f.write('x' * 20000)
with open(P) as g:
    print(len(g.read()))
f.write('y')
with open(P) as g:
    print(len(g.read()))
f.flush()
with open(P) as g:
    print(len(g.read()))
del f
