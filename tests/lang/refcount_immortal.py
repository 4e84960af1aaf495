# tally-expected: own
# Immortal objects report one fixed count, 4294967295, where CPython 3.11 reports about 10**9 (docs/language.md, sys.getrefcount and immortal objects).
import sys
print("None", sys.getrefcount(None))
print("True", sys.getrefcount(True), "False", sys.getrefcount(False))
print("small ints", sys.getrefcount(0), sys.getrefcount(-5), sys.getrefcount(256))
print("one-char string", sys.getrefcount("a"))
print("built-in types", sys.getrefcount(int), sys.getrefcount(str))
x = None
items = [None, None, None]
print("bindings do not show", sys.getrefcount(None))
n = int("257")
print("257 is not small", sys.getrefcount(n))
