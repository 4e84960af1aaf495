# Comments in odd places do not change the program.
x = 1  # trailing comment
# a comment line
    # an indented comment line is fine too
if x:  # comment after colon
    # comment inside block
    print("in block")  # another
# comment at the end
print("done")
