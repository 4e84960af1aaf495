# A script that cannot be opened: CPython's message (absolute path), 2.
# oracle: own — CPython names its executable where tally names itself.
args files/missing.py
