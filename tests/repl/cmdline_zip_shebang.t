# A zip archive behind a '#!' line, its members stored, runs as CPython
# runs it: the archive is found from its end (scripts/make-zip-fixtures).
# oracle: python3.11
args files/zipapp_shebang.zip x
