# tally-expected: own
# With the recursion limit above what the C stack holds CPython crashes; tally raises RecursionError (docs/language.md, "Recursion limit").
import sys
sys.setrecursionlimit(10**8)

class Repr:
    def __repr__(self):
        return repr(self)
try:
    repr(Repr())
except RecursionError:
    print("repr: RecursionError")

class Eq:
    def __eq__(self, other):
        return [self] == [other]
try:
    Eq() == Eq()
except RecursionError:
    print("eq: RecursionError")

def through_c():
    return through_c.__call__()
try:
    through_c()
except RecursionError:
    print("call: RecursionError")

class Hash:
    def __hash__(self):
        return hash((self,))
try:
    {Hash(): 1}
except RecursionError:
    print("hash: RecursionError")
print("still running")
