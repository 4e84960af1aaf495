# A module that is still alive after the exit collection (sys holds it) has its
# namespace cleared as CPython's _PyModule_ClearDict does: names with one leading
# underscore set to None first, then the others; the destructors see None.
import sys, _del_exit_cleared
sys.keep_mod = _del_exit_cleared
print('end')
