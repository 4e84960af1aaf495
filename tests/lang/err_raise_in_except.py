# An exception raised while handling another: the last line names the new one.
try:
    {}["k"]
except KeyError:
    raise RuntimeError("while handling")
