# A directory with __main__.py runs it, with the directory first on
# sys.path (helper.py beside it imports).
# oracle: python3.11
args files/app one two
