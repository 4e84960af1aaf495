# A context manager whose __exit__ returns True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["k"]
print("after suppress")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("passed through:", e)
