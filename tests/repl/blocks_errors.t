# Errors inside a block are reported as soon as the line is typed, as
# python3.11 does; a line after a finished block that is not empty is an
# error, and an empty block is one once its empty line comes.
# oracle: python3.11
args -q
type if True:
type     x = )
type if True:
type pass
type if True:
type   a = 1
type     b = 2
type if True:
type     if True:
type         c = 3
type   d = 4
type if True:
type     pass
type e = 5
type for x in range(3):
type
type def f():
type     return 1
type   return 2
type try:
type     pass
type else:
keys ^D
