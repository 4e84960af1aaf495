# Output printed before an uncaught exception is all written out.
for i in range(5):
    print("line", i)
print("partial", end="")
raise LookupError("done")
