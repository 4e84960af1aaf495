# sys.setprofile: call/return of frames and c_call/c_return around built-in
# functions and method descriptors (not types), as CPython 3.11 reports them.
import sys
def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        print(event, name, getattr(arg, '__qualname__', arg))
    else:
        print(event, name, frame.f_lineno, repr(arg) if event == 'return' else '')
def helper(x):
    return len(x) + sum(x)
def g():
    yield 1
    yield 2
def main():
    l = [3, 1, 2]
    l.sort()
    l.append(4)
    helper(l)
    list(g())
    try:
        int("x")
    except ValueError:
        pass
    return max(l)
sys.setprofile(prof)
main()
sys.setprofile(None)
print(sys.getprofile())
