# The f_lineno of a frame an exception has left is where it was raised in
# that frame, even when a with, an except clause or a finally re-raised it
# (CPython 3.11's RERAISE puts that place back); after a finally body or
# an except that matched nothing, the line of that code.


def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    print(f.__name__, t.tb_frame.f_lineno - f.__code__.co_firstlineno, t.tb_lineno - f.__code__.co_firstlineno)


def simple():
    1/0
    pass


def in_except():
    try:
        1/0
    except:
        1/0
        pass


def other_except():
    try:
        1/0
    except TypeError as ex:
        pass


def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass


def in_try():
    try:
        1/0
    finally:
        pass


def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass


def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def after_with():
    with Noop():
        1/0
        pass


def nested():
    with Noop():
        try:
            [][0]
        except KeyError:
            pass


for f in (simple, in_except, other_except, in_named_except, in_try, in_finally_normal,
          in_finally_except, after_with, nested):
    lineno_after_raise(f)
