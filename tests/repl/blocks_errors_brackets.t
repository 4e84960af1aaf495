# Inside an open bracket or string, python3.11 still reports an error as
# soon as a line cannot fit, without waiting for the bracket to close: a
# bracket left open is then no error of its own, a final backslash or a
# string left open is.
# oracle: python3.11
args -q
type [1,
type         z = 3
type x = [
type [1,
type del x
type (
type y = 1 + \
type s = '''start
type end''' middle '''
type {
type 1: 2 3
type f(
type a b c
keys ^D
