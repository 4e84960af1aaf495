# -i after a program that failed: the traceback, then the prompt with the
# program's names; Ctrl-D ends with status 0, as in CPython.
# oracle: python3.11
args -i files/fails.py
type half
type 1/0
keys ^D
