# sys.displayhook prints repr(value) and keeps it in builtins._; None is
# neither printed nor kept.
import sys
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("a\nb")
sys.displayhook([1, "two", 3.0])
print(builtins._)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
