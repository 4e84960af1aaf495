# Ctrl-C at the secondary prompt inside a triple-quoted string: CPython 3.11's
# tokenizer reports the open string (as at the end of input) instead of
# KeyboardInterrupt; elsewhere Ctrl-C drops the pending lines.
# oracle: python3.11
args -q
type s = """abc
keys def^C
type s
type x = ("""one
type two
keys ^C
type y = [1,
keys ^C
type '''
keys ^C
type print("done")
keys ^D
