# Ctrl-C at the prompt drops the line (and a pending block) and prints
# KeyboardInterrupt.
# oracle: python3.11
args -q
keys partial line^C
type if True:
type     x = 1
keys ^C
type x
keys ^D
