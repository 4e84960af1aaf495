# Markers on a line with wide characters are placed as CPython 3.11 places
# them (it counts characters).
# oracle: python3.11
args files/carets_wide.py
