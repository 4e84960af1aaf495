# sys.__excepthook__ and the default sys.unraisablehook write to the file
# object sys.stderr (a StringIO here), not to the process's stderr.
import io
import sys


def capture(fn):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def f():
    blech = 1
    return bluch


try:
    f()
except NameError:
    info = sys.exc_info()
report = capture(lambda: sys.__excepthook__(*info))
print(report.splitlines()[-1])
print("return bluch" in report, report.startswith("Traceback (most recent call last):"))


class BrokenStr(Exception):
    def __str__(self):
        raise ValueError("no")


try:
    raise BrokenStr("x")
except BrokenStr:
    info = sys.exc_info()
print(capture(lambda: sys.__excepthook__(*info)).splitlines()[-1])


class Writer:
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.flushed += 1


w = Writer()
saved = sys.stderr
sys.stderr = w
try:
    raise KeyError("k")
except KeyError:
    sys.__excepthook__(*sys.exc_info())
sys.stderr = saved
print("".join(w.parts).splitlines()[-1], w.flushed > 0)


class D:
    def __del__(self):
        1 / 0


def drop():
    D()


report = capture(lambda: sys.__unraisablehook__ and drop())
print(report.splitlines()[0][:33])
print(report.splitlines()[-1])
