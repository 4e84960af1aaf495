# sys.settrace: lines of implicit returns after compound statements.
import sys
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer
def f(x):
    if x:
        y = 1
def g(x):
    for i in x:
        pass
def h(x):
    try:
        y = 1
    except:
        pass
sys.settrace(tracer)
f(0); f(1); g([]); h(0)
sys.settrace(None)
