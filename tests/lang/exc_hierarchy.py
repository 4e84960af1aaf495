# Builtin exception hierarchy: base classes catch their subclasses.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (IndexError, LookupError), (KeyError, LookupError), (ValueError, Exception),
    (TypeError, Exception), (NameError, Exception), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (AssertionError, Exception), (AttributeError, Exception),
    (KeyboardInterrupt, BaseException), (Exception, BaseException), (StopIteration, Exception),
    (NotImplementedError, RuntimeError), (IndentationError, SyntaxError), (EOFError, Exception),
]
for sub, base in checks:
    try:
        raise sub("m")
    except base as e:
        print(sub.__name__, "caught by", base.__name__, isinstance(e, base))
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong: Exception caught KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
