# References held while an exception is being handled.
import sys
def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        print("handled exception", sys.getrefcount(e))
    payload = [1]
    try:
        raise KeyError(payload)
    except KeyError as e:
        print("payload in args while handling", sys.getrefcount(payload))
        print("args tuple holds it", e.args[0] is payload)
    print("after the handler", sys.getrefcount(payload))
f()
err = ValueError([2])
print("exception bound once", sys.getrefcount(err))
try:
    raise err
except ValueError as caught:
    print("raised object while handled", sys.getrefcount(err))
print("after handling", sys.getrefcount(err))
