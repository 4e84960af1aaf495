# An uncaught FileNotFoundError ends the program with CPython's last line.
print('before')
open('tally_no_such_file.txt')
print('not reached')
