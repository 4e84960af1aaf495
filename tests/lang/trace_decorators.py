# sys.settrace: line events of decorated functions and classes as CPython
# 3.11 reports them (the name is bound on the def/class line after the
# decorators ran; a decorated class body starts on the decorator's line).
import sys

log = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('run', 'tracer'):
        return None
    first = run.first
    a = type(arg).__name__ if event == 'return' else ''
    log.append(f"{event} {frame.f_code.co_name} {frame.f_lineno - first} {a}")
    return tracer

def run(fn):
    run.first = fn.__code__.co_firstlineno
    log.clear()
    sys.settrace(tracer)
    try:
        r = fn()
    finally:
        sys.settrace(None)
    print(fn.__name__, type(r).__name__)
    for line in log:
        print('  ', line)

def decorated_function():
    def decorator1(f):
        return f
    def decorator_fabric():
        def decorator2(f):
            return f
        return decorator2
    @decorator1
    @decorator_fabric()
    def func():
        pass
    func()

def deco(c):
    return c

def decorated_class():
    @deco
    class A:
        x = 1
        def m(self): pass
    return A

def factory(n):
    return deco

def multi_line_decorator():
    @factory(
        1
    )
    def g():
        return 2
    return g()

def plain_class():
    class B:
        "doc"
        y = 2
    return B

for f in (decorated_function, decorated_class, multi_line_decorator, plain_class):
    run(f)
