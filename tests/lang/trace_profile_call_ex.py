# sys.setprofile: calls through f(*args, **kwargs) (CALL_FUNCTION_EX) report
# c_call/c_return/c_exception for built-in functions and method descriptors
# as the plain call path does (CPython 3.11's do_call_core).
import sys
log = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        log.append((event, frame.f_code.co_name, getattr(arg, '__qualname__', None)))
def main():
    l = [3, 1, 2]
    args = (l,)
    m = max(*l)
    n = len(*args)
    s = sorted(*args, **{'key': abs})
    list.append(*args, 5)
    str.join(*(',', ['a', 'b']))
    d = dict(*[[('a', 1)]], **{'b': 2})
    try:
        int(*['x'])
    except ValueError:
        pass
    try:
        list.pop(*([],))
    except IndexError:
        pass
    return m, n, s, l, d
sys.setprofile(prof)
r = main()
sys.setprofile(None)
print(r)
for e in log:
    print(e)
