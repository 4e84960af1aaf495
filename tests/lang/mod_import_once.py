# A module's body runs once, however often it is imported.
import _counter_mod
import _counter_mod
from _counter_mod import runs
import _counter_mod as again
print(runs, again is _counter_mod)
