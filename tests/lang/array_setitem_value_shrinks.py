# tally-expected: own
# array item assignment whose value's __index__ empties the array: CPython 3.11
# writes past the end (a segfault); tally raises IndexError (docs/language.md).
import array
a = array.array('i', range(100))
class J:
    def __index__(self):
        del a[:]
        return 5
try:
    a[3] = J()
except IndexError as e:
    print("IndexError", e)
print(a)
a = array.array('b', b'abc')
class K:
    def __index__(self):
        a.extend(b'0123456789')
        return 7
a[1] = K()
print(a)
