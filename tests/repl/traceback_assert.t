# CPython 3.11 marks the comparison an assert failed on.
# oracle: python3.11
args files/carets_assert.py
