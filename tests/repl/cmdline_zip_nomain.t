# A zip archive without __main__.py: CPython's message (the archive by its
# absolute path) and status 1.
# oracle: own — CPython names its executable where tally names itself.
args files/zipapp_nomain.zip
