# Deep recursion: three entries, then "[Previous line repeated N more
# times]", then the RecursionError line.
# oracle: python3.11
args files/recursion.py
