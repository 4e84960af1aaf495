# Uncaught NotImplementedError raised by a stub function.
def todo():
    raise NotImplementedError("not written yet")
print("calling")
todo()
