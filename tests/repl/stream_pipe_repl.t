# The REPL over a pipe (-i without a program, stdin not a terminal): the
# same decisions as typed lines, the prompts on stderr, and end of input
# at the secondary prompt runs the pending block.
# oracle: python3.11
args -q -i
stdin x = 1\nif x:\n    print("block")\n\nfor i in range(2):\n    print(i)\n
stdout file
