# "--" ends the options: the next word is the program even if it looks
# like an option, and the words after it are its arguments.
# oracle: python3.11
args -q -- files/args.py -i -c x
