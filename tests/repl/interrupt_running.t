# Ctrl-C while a statement runs interrupts it with a KeyboardInterrupt
# traceback, and the prompt comes back with the names kept.
# oracle: python3.11
args -q
type count = 0
type while True:
type     count += 1
keys \r
keys ^C
type count > 0
keys ^D
