# Reference counts of complex constants: equal literals are one shared
# constant, also inside a constant tuple, as CPython merges them.
import sys
x = 1+2j
print(sys.getrefcount(x))
def f():
    return 3j
print(sys.getrefcount(f()))
a = [1j, 1j]
print(a[0] is a[1], sys.getrefcount(a[0]))
def g():
    return (1+2j, 2.5), 2.5
y = 2.5
print(sys.getrefcount(x), sys.getrefcount(y))
