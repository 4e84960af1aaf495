# "-" with a terminal on stdin is the interactive prompt (here with -q),
# and sys.argv is ['-']; Ctrl-D once ends it.
# oracle: python3.11
args -q -
type import sys; sys.argv
type if True:
type     print("block")
type
keys ^D
