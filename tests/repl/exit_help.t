# Bare exit, quit and help say how to use them; exit() leaves with its
# status.
# oracle: python3.11
args -q
type exit
type quit
type help
type type(exit).__name__
type exit(3)
