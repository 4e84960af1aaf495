# tally-expected: own
# CPython 3.11.2 crashes here; docs/language.md, Differences: except* with a group class whose split() misbehaves
# except* calls an exception group's own split(): a result that is not a 2-tuple of
# exceptions or None is a TypeError instead of memory corruption.
class BadEG1(ExceptionGroup):
    def split(self, *args):
        return "NOT A 2-TUPLE!"
class BadEG2(ExceptionGroup):
    def split(self, *args):
        return ("NOT A 2-TUPLE!",)
class BadEG3(ExceptionGroup):
    def split(self, *args):
        return (1, None)
for cls in (BadEG1, BadEG2, BadEG3):
    try:
        try:
            raise cls("eg", [OSError(123), ValueError(456)])
        except* ValueError:
            print("matched")
    except TypeError as e:
        print(type(e).__name__, e)
