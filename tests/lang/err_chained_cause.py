# An uncaught chained exception prints both tracebacks; the last line is the outer one.
def load():
    try:
        return int("x")
    except ValueError as e:
        raise RuntimeError("could not load") from e
load()
