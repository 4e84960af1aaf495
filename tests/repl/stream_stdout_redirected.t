# With stdout redirected to a file, the prompts and the typed lines stay on
# the terminal and the file gets only what the program printed.
# oracle: python3.11
args -q
stdout file
type x = 6 * 7
type x
type print("printed")
type if x:
type     print("in a block")
type
keys ^D
