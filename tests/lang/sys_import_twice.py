# import sys twice gives the same module object.
import sys
first = sys
import sys
print(first is sys, type(sys).__name__)
def f():
    import sys
    return sys is first
print(f())
