# A module found through a directory added to sys.path.
import sys
sys.path.insert(0, "mod_lib")
import extra_mod
print(extra_mod.VALUE, extra_mod.twice(21))
