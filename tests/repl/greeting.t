# The greeting at the interactive prompt (not under -q, nor with -i after a
# program).
# oracle: own — tally's greeting is its own.
type 1 + 1
keys ^D
