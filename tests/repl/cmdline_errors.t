# Command-line errors: CPython's messages (with tally's name), status 2.
# oracle: own — CPython names itself ("Try `python -h'"), tally says tally.
args -Z
