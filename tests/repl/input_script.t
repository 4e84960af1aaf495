# input() in a program run on a terminal: CPython reads the line without
# readline and writes the prompt to stderr (here a file); Ctrl-D gives a
# bare EOFError.
# oracle: python3.11
args -c "x = input('name? '); print(x.upper()); input()"
stderr file
prompt \x20
keys ada\r
keys ^D
