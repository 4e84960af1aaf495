# input() on the terminal: the prompt, the answer; Ctrl-D gives a bare
# EOFError (no "EOF when reading a line").
# oracle: python3.11
args -q
prompt name?\x20
type answer = input("name? ")
type Ada
type answer
type input("name? ")
keys ^D
keys ^D
