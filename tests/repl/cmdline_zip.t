# A zip archive (deflated) runs its __main__.py, with the archive first on
# sys.path: a module, a package with a relative import and a directory of
# the archive put on sys.path import from it (scripts/make-zip-fixtures).
# oracle: python3.11
args files/zipapp.zip one two
